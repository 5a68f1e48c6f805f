"""Opens an explorer page in headless Chromium and reports what its DOM shows.

Usage: explorer_check.py CONFIG.json

CONFIG holds: page, screenshot, queries, focus, from, to, days, document,
document, kind, claim (a disputed claim), svg and svg_entity (a diagram that links to
the page, and an entity in it). Prints one JSON object on stdout; the Swift
test compares it with the command line's answers. Nothing is downloaded:
Debian's chromium and chromedriver are used as installed.
"""
import json
import sys
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
page_url = Path(config["page"]).resolve().as_uri()

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,800",
             "--lang=en-US"]:
    options.add_argument(flag)
options.set_capability("goog:loggingPrefs", {"performance": "ALL", "browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
report = {}


def wait_ready():
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))


def click(element):
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", element)


def open_node(entity):
    click(driver.find_element(By.CSS_SELECTOR, f'#nodes g.node[data-id="{entity}"]'))


def transform():
    return driver.find_element(By.ID, "viewport").get_attribute("transform")


def counts():
    return driver.find_element(By.ID, "counts").text


try:
    # The page's own viewport is 1280×800, whatever the window decorations take.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False})
    driver.get(page_url)
    wait_ready()
    report["nodes"] = len(driver.find_elements(By.CSS_SELECTOR, "#nodes g.node"))
    report["ties"] = len(driver.find_elements(By.CSS_SELECTOR, "#ties g.tie"))
    report["viewport"] = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    report["timing"] = driver.execute_script("""
        const n = performance.getEntriesByType('navigation')[0];
        return {domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd, transferSize: n.transferSize,
                decodedBodySize: n.decodedBodySize};""")

    # Search, results as one types.
    box = driver.find_element(By.ID, "search")
    report["search"] = {}
    for query in config["queries"]:
        box.clear()
        box.send_keys(query)
        report["search"][query] = [b.get_attribute("data-id") for b in driver.find_elements(By.CSS_SELECTOR, "#results button")]

    # Open the first query's best match through the search box, as a reader would.
    box.clear()
    box.send_keys(config["queries"][0])
    driver.find_element(By.CSS_SELECTOR, "#results button").click()
    panel = driver.find_element(By.ID, "panel")
    report["card"] = {"heading": panel.find_element(By.TAG_NAME, "h2").text,
                      "quotes": [q.text for q in panel.find_elements(By.TAG_NAME, "blockquote")],
                      "quote_languages": sorted({q.get_attribute("lang") for q in panel.find_elements(By.TAG_NAME, "blockquote")}),
                      "translations": [p.text for p in panel.find_elements(By.CSS_SELECTOR, "p.translation")],
                      "cites": [c.text for c in panel.find_elements(By.TAG_NAME, "cite")],
                      "claims": [c.get_attribute("data-claim") for c in panel.find_elements(By.CSS_SELECTOR, "li.claim")]}

    # Language switch: the same card and node labels in English.
    driver.find_element(By.CSS_SELECTOR, "#language option[value='3']").click()
    report["english"] = {"heading": panel.find_element(By.TAG_NAME, "h2").text,
                         "quotes": len(panel.find_elements(By.TAG_NAME, "blockquote")),
                         "translations": [p.text for p in panel.find_elements(By.CSS_SELECTOR, "p.translation")],
                         "node": driver.find_element(By.CSS_SELECTOR, f'#nodes g.node[data-id="{config["from"]}"] text').get_attribute("textContent")}
    driver.find_element(By.CSS_SELECTOR, "#language option[value='0']").click()

    # The time slider: undated claims off, then each day; the claims each tie of FOCUS shows.
    driver.find_element(By.ID, "undated").click()
    report["days"] = {}
    for day in config["days"]:
        driver.execute_script("const i = document.getElementById('day-input'); i.value = arguments[0];"
                              "i.dispatchEvent(new Event('change'));", day)
        shown = driver.execute_script("""
            return [...document.querySelectorAll('#ties g.tie')]
              .filter(t => t.dataset.a === arguments[0] || t.dataset.b === arguments[0])
              .flatMap(t => t.dataset.shown ? t.dataset.shown.split(' ') : []);""", config["focus"])
        report["days"][day] = {"shown": shown, "label": driver.find_element(By.ID, "day-label").text}
    # Play: the day moves on by a month at a time.
    before = driver.find_element(By.ID, "day-input").get_attribute("value")
    driver.find_element(By.ID, "play").click()
    time.sleep(1.6)
    driver.find_element(By.ID, "play").click()
    report["play"] = [before, driver.find_element(By.ID, "day-input").get_attribute("value")]
    driver.find_element(By.ID, "time-on").click()  # back to every time
    driver.find_element(By.ID, "undated").click()

    # Filters: one document, then one kind left out; the counts follow.
    report["counts"] = {"all": counts()}
    [option for option in driver.find_elements(By.CSS_SELECTOR, "#document option")
     if option.text.startswith(config["document"] + ":")][0].click()
    report["counts"]["document"] = counts()
    driver.find_element(By.CSS_SELECTOR, '#document option[value="-1"]').click()
    driver.find_element(By.CSS_SELECTOR, f'#kinds input[value="{config["kind"]}"]').click()
    report["counts"]["without_kind"] = counts()
    report["hidden_nodes"] = len(driver.find_elements(By.CSS_SELECTOR, "#nodes g.node.hidden"))
    driver.find_element(By.CSS_SELECTOR, f'#kinds input[value="{config["kind"]}"]').click()
    report["counts"]["again"] = counts()

    # The path finder: open each end by clicking its node in the drawing.
    open_node(config["from"])
    driver.find_element(By.ID, "path-from-here").click()
    open_node(config["to"])
    driver.find_element(By.ID, "path-to-here").click()
    result = driver.find_element(By.ID, "path-result")
    report["path"] = {"hops": result.get_attribute("data-hops"),
                      "listed_hops": len(result.find_elements(By.CSS_SELECTOR, "li.hop")),
                      "highlighted_ties": len(driver.find_elements(By.CSS_SELECTOR, "#ties g.tie.path")),
                      "highlighted_nodes": len(driver.find_elements(By.CSS_SELECTOR, "#nodes g.node.path"))}

    # Pan and zoom: keyboard, mouse drag, wheel.
    graph = driver.find_element(By.ID, "graph")
    moves = {"start": transform()}
    graph.send_keys("+")
    moves["plus"] = transform()
    graph.send_keys("\ue014")  # arrow right
    moves["arrow"] = transform()
    ActionChains(driver).move_to_element_with_offset(graph, 10, 10).click_and_hold().move_by_offset(80, 40).release().perform()
    moves["drag"] = transform()
    driver.execute_script("""const g = document.getElementById('graph'); const b = g.getBoundingClientRect();
        g.dispatchEvent(new WheelEvent('wheel', {deltaY: -300, clientX: b.left + 100, clientY: b.top + 100, bubbles: true, cancelable: true}));""")
    moves["wheel"] = transform()
    report["moves"] = moves

    # Keyboard: from the top of the page, Tab reaches every control.
    driver.execute_script("document.activeElement.blur(); window.getSelection().removeAllRanges()")
    focused = []
    for _ in range(160):
        driver.switch_to.active_element.send_keys("\t")
        focused.append(driver.switch_to.active_element.get_attribute("id") or "")
    report["tab_order"] = [f for f in focused if f]
    report["focus_outline"] = driver.execute_script(
        "document.getElementById('search').focus(); return getComputedStyle(document.activeElement).outlineStyle")

    # Contrast (WCAG 2): text against the background it is drawn on.
    report["contrast"] = driver.execute_script("""
        const rgb = (c) => c.match(/[0-9.]+/g).slice(0, 3).map(Number);
        const lum = (c) => { const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
                             return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const bg = (e) => { for (; e; e = e.parentElement) { const c = getComputedStyle(e).backgroundColor;
                             if (!c.startsWith('rgba(0, 0, 0, 0)') && c !== 'transparent') return c; } return 'rgb(255, 255, 255)'; };
        const out = {};
        for (const sel of ['header h1', '#counts', '.hint', '#controls label', 'button', '#panel .card-kind', '#panel blockquote', '#panel cite', '.date', '.badge', '#results .kind']) {
          const e = document.querySelector(sel); if (!e) continue;
          const [a, b] = [lum(getComputedStyle(e).color), lum(bg(e))];
          out[sel] = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        }
        return out;""")

    # The screenshot: the whole network fitted, the path highlighted, the focus person's card open.
    # (A click after a drag is a click again.)
    open_node(config["from"])
    report["final_heading"] = driver.find_element(By.CSS_SELECTOR, "#panel h2").text
    driver.find_element(By.ID, "zoom-fit").click()
    driver.save_screenshot(config["screenshot"])

    # An anchor opens the tie of a disputed claim: every claim of the tie listed, the disputed ones marked.
    driver.get("about:blank")
    driver.get(page_url + "#claim=" + config["claim"])
    wait_ready()
    panel = driver.find_element(By.ID, "panel")
    report["anchor"] = {"claims": [c.get_attribute("data-claim") for c in panel.find_elements(By.CSS_SELECTOR, "li.claim")],
                        "marked": [c.get_attribute("data-claim") for c in panel.find_elements(By.CSS_SELECTOR, "li.claim.conflict")],
                        "ends": [t.get_attribute("data-a") + " " + t.get_attribute("data-b") for t in driver.find_elements(By.CSS_SELECTOR, "#ties g.tie.sel")]}

    # Every request the browser made, from its own log: only the page itself is allowed.
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requests.append(message["params"]["request"]["url"])
    report["requests"] = requests
    report["resources"] = driver.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    report["console"] = [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]

    # A diagram written beside the page links each entity to its card.
    if config.get("svg"):
        driver.get(Path(config["svg"]).resolve().as_uri())
        link = driver.find_element(By.CSS_SELECTOR, f'a[*|href$="#{config["svg_entity"]}"]')
        report["svg_link"] = link.get_attribute("href") or link.get_attribute("xlink:href")
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))", link)
        WebDriverWait(driver, 30).until(lambda d: d.current_url.split("#")[0].endswith(".html"))
        wait_ready()
        report["svg_followed"] = {"url": driver.current_url,
                                  "heading": driver.find_element(By.CSS_SELECTOR, "#panel h2").text}
finally:
    driver.quit()
print(json.dumps(report, ensure_ascii=False))
