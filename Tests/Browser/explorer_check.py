"""Opens an explorer page in headless Chromium and reports what its DOM shows.

Usage: explorer_check.py PAGE.html SCREENSHOT.png SEARCH_QUERY... -- FOCUS PATH_FROM PATH_TO DAY...

Prints one JSON object on stdout; the Swift test compares it with the CLI's answers.
Nothing is downloaded: Debian's chromium and chromedriver are used as installed.
"""
import json
import sys
import time
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

page, screenshot, *rest = sys.argv[1:]
split = rest.index("--")
queries, (focus, path_from, path_to, *days) = rest[:split], rest[split + 1:]

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,800",
             "--lang=en-US"]:
    options.add_argument(flag)
options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
report = {}
try:
    # The page's own viewport is 1280×800, whatever the window decorations take.
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride",
                           {"width": 1280, "height": 800, "deviceScaleFactor": 1, "mobile": False})
    driver.get(Path(page).resolve().as_uri())
    WebDriverWait(driver, 30).until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
    report["nodes"] = len(driver.find_elements(By.CSS_SELECTOR, "#nodes g.node"))
    report["ties"] = len(driver.find_elements(By.CSS_SELECTOR, "#ties g.tie"))
    report["viewport"] = driver.execute_script("return [window.innerWidth, window.innerHeight]")
    report["timing"] = driver.execute_script("""
        const n = performance.getEntriesByType('navigation')[0];
        return {domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd, transferSize: n.transferSize,
                decodedBodySize: n.decodedBodySize};""")

    box = driver.find_element(By.ID, "search")
    report["search"] = {}
    for query in queries:
        box.clear()
        box.send_keys(query)
        report["search"][query] = [b.get_attribute("data-id") for b in driver.find_elements(By.CSS_SELECTOR, "#results button")]

    # Open the focus entity through the search box, as a reader would.
    box.clear()
    box.send_keys(queries[0])
    driver.find_element(By.CSS_SELECTOR, "#results button").click()
    panel = driver.find_element(By.ID, "panel")
    report["card"] = {"text": panel.text, "heading": panel.find_element(By.TAG_NAME, "h2").text,
                      "quotes": [q.text for q in panel.find_elements(By.TAG_NAME, "blockquote")]}

    # The time slider: undated claims off, then each day; report the claims each tie of FOCUS shows.
    driver.find_element(By.ID, "undated").click()
    report["days"] = {}
    for day in days:
        driver.execute_script("const i = document.getElementById('day-input'); i.value = arguments[0];"
                              "i.dispatchEvent(new Event('change'));", day)
        shown = driver.execute_script("""
            return [...document.querySelectorAll('#ties g.tie')]
              .filter(t => t.dataset.a === arguments[0] || t.dataset.b === arguments[0])
              .flatMap(t => t.dataset.shown ? t.dataset.shown.split(' ') : []);""", focus)
        faded = driver.execute_script("""
            return [...document.querySelectorAll('#ties g.tie.out')]
              .filter(t => t.dataset.a === arguments[0] || t.dataset.b === arguments[0]).length;""", focus)
        report["days"][day] = {"shown": shown, "label": driver.find_element(By.ID, "day-label").text, "faded_ties": faded}
    driver.find_element(By.ID, "time-on").click()  # back to every time

    # The path finder: open each end by clicking its node in the drawing.
    def open_node(entity):
        node = driver.find_element(By.CSS_SELECTOR, f'#nodes g.node[data-id="{entity}"]')
        driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node)
    open_node(path_from)
    driver.find_element(By.ID, "path-from-here").click()
    open_node(path_to)
    driver.find_element(By.ID, "path-to-here").click()
    result = driver.find_element(By.ID, "path-result")
    report["path"] = {"hops": result.get_attribute("data-hops"),
                      "listed_hops": len(result.find_elements(By.CSS_SELECTOR, "li.hop")),
                      "highlighted_ties": len(driver.find_elements(By.CSS_SELECTOR, "#ties g.tie.path")),
                      "highlighted_nodes": len(driver.find_elements(By.CSS_SELECTOR, "#nodes g.node.path"))}

    # Keyboard: from the top of the page, Tab reaches every control by id.
    driver.execute_script("document.activeElement.blur(); window.getSelection().removeAllRanges()")
    focused = []
    for _ in range(160):
        driver.switch_to.active_element.send_keys("\t")
        focused.append(driver.switch_to.active_element.get_attribute("id") or "")
    report["tab_order"] = [f for f in focused if f]
    report["focus_outline"] = driver.execute_script(
        "document.getElementById('search').focus(); return getComputedStyle(document.activeElement).outlineStyle")

    # The screenshot: the whole network fitted, the path highlighted, the focus person's card open.
    open_node(path_from)
    driver.find_element(By.ID, "zoom-fit").click()
    driver.save_screenshot(screenshot)
    # Every request the browser made, from its own log: only the page itself is allowed.
    requests = []
    for entry in driver.get_log("performance"):
        message = json.loads(entry["message"])["message"]
        if message["method"] == "Network.requestWillBeSent":
            requests.append(message["params"]["request"]["url"])
    report["requests"] = requests
    report["resources"] = driver.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    report["console"] = [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
finally:
    driver.quit()
print(json.dumps(report, ensure_ascii=False))
