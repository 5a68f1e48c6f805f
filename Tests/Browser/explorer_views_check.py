"""Opens an explorer page in headless Chromium and reports what its views show:
the overview's labels, a search and a click, the time histogram and slider, the
route drawn between pairs of entities, and the map at some dates.

Usage: explorer_views_check.py CONFIG.json

CONFIG holds: page, screens (a folder for screenshots, or ""), query, pairs
([[from, to], …] ids), days (dates typed on the map). Prints one JSON object.
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

config = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
page_url = Path(config["page"]).resolve().as_uri()
screens = config.get("screens") or ""

options = webdriver.ChromeOptions()
options.binary_location = "/usr/bin/chromium"
for flag in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1600,1000", "--lang=en-US"]:
    options.add_argument(flag)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
report = {}


def shot(name):
    if screens:
        driver.save_screenshot(str(Path(screens) / name))


def click(element):
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", element)


def type_date(text):
    driver.execute_script("const i = document.getElementById('day-input'); i.value = arguments[0]; i.dispatchEvent(new Event('change'));", text)


try:
    driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {"width": 1600, "height": 1000, "deviceScaleFactor": 1, "mobile": False})
    started = time.monotonic()
    driver.get(page_url)
    WebDriverWait(driver, 60).until(lambda d: d.execute_script("return document.body.dataset.ready === 'true'"))
    report["ready_seconds"] = round(time.monotonic() - started, 2)
    report["timing"] = driver.execute_script("""const n = performance.getEntriesByType('navigation')[0];
        return {domContentLoaded: n.domContentLoadedEventEnd, load: n.loadEventEnd, decodedBodySize: n.decodedBodySize};""")

    # The opening view: which labels are drawn, and how many pairs of their boxes overlap.
    report["opening"] = driver.execute_script("""
        const svg = document.getElementById('graph').getBoundingClientRect();
        const shown = [...document.querySelectorAll('#nodes g.node')].filter(g => getComputedStyle(g).display !== 'none');
        const labels = shown.map(g => g.querySelector('text')).filter(t => getComputedStyle(t).display !== 'none' && t.textContent)
          .map(t => t.getBoundingClientRect())
          .filter(b => b.width > 0 && b.right > svg.left && b.left < svg.right && b.bottom > svg.top && b.top < svg.bottom);
        let pairs = 0, overlapping = 0;
        for (let i = 0; i < labels.length; i++) for (let j = i + 1; j < labels.length; j++) {
          pairs++;
          const a = labels[i], b = labels[j];
          if (a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom) overlapping++;
        }
        return {nodes: shown.length, labels: labels.length, pairs, overlapping,
                ties: [...document.querySelectorAll('#ties g.tie')].filter(g => getComputedStyle(g).display !== 'none').length,
                arrows: document.querySelectorAll('#ties .draw[marker-mid]').length,
                titles: [...document.querySelectorAll('#ties g.tie title')].slice(0, 3).map(t => t.textContent)};""")
    shot("explorer-opening.png")

    # Search, then a click on the first result: the entity is centred and its card opened.
    box = driver.find_element(By.ID, "search")
    box.send_keys(config["query"])
    result = driver.find_element(By.CSS_SELECTOR, "#results button")
    chosen = result.get_attribute("data-id")
    result.click()
    time.sleep(0.2)
    report["focus"] = driver.execute_script("""
        const svg = document.getElementById('graph').getBoundingClientRect();
        const g = document.querySelector(`#nodes g.node[data-id="${arguments[0]}"]`);
        const b = g.querySelector('.shape').getBoundingClientRect();
        const near = [...document.querySelectorAll('#nodes g.node.near')];
        return {id: arguments[0], centre: [(b.left + b.right) / 2 - svg.left, (b.top + b.bottom) / 2 - svg.top], size: [svg.width, svg.height],
                selected: g.classList.contains('sel'), heading: document.querySelector('#panel h2').textContent,
                neighbours: near.length, neighboursShown: near.filter(n => getComputedStyle(n).display !== 'none').length,
                trail: [...document.querySelectorAll('#crumbs button')].map(b => b.dataset.id)};""", chosen)
    shot("explorer-focus.png")
    # A neighbour opened from the card, then Back.
    neighbour = driver.execute_script("return document.querySelector('#nodes g.node.near').dataset.id")
    click(driver.find_element(By.CSS_SELECTOR, f'#nodes g.node[data-id="{neighbour}"]'))
    trail = driver.execute_script("return [...document.querySelectorAll('#crumbs button')].map(b => b.dataset.id)")
    driver.find_element(By.ID, "back").click()
    report["back"] = {"neighbour": neighbour, "trail": trail, "heading": driver.find_element(By.CSS_SELECTOR, "#panel h2").text,
                      "selected": driver.execute_script("return document.querySelector('#nodes g.node.sel').dataset.id")}

    # The time histogram and the slider.
    report["time"] = driver.execute_script("""
        const s = document.getElementById('day');
        const iso = d => new Date(d * 864e5).toISOString().slice(0, 10);
        return {min: iso(+s.min), max: iso(+s.max),
                bins: [...document.querySelectorAll('#histogram rect')].map(r => [r.dataset.from, r.dataset.to, +r.dataset.count]),
                inputType: document.getElementById('day-input').type};""")
    type_date("1918-03")
    report["time"]["month"] = {"label": driver.find_element(By.ID, "day-label").text, "counts": driver.find_element(By.ID, "counts").text}
    type_date("1918-02-30")
    report["time"]["bad"] = driver.find_element(By.ID, "day-error").text
    # Old Style: 1 February 1918 O.S. is 14 February N.S.
    driver.execute_script("const s = document.getElementById('day-style'); s.value = 'julian'; s.dispatchEvent(new Event('change'));")
    type_date("1918-02-01")
    report["time"]["old_style"] = driver.find_element(By.ID, "day-label").text
    driver.execute_script("const s = document.getElementById('day-style'); s.value = 'gregorian'; s.dispatchEvent(new Event('change'));")
    driver.find_element(By.ID, "time-on").click()

    # Paths: the route the page draws for each pair.
    report["paths"] = {}
    for a, b in config["pairs"]:
        driver.execute_script("location.hash = '';")
        click(driver.find_element(By.CSS_SELECTOR, f'#nodes g.node[data-id="{a}"]'))
        driver.find_element(By.ID, "path-from-here").click()
        click(driver.find_element(By.CSS_SELECTOR, f'#nodes g.node[data-id="{b}"]'))
        driver.find_element(By.ID, "path-to-here").click()
        out = driver.find_element(By.ID, "path-result")
        report["paths"][f"{a} {b}"] = {"route": (out.get_attribute("data-route") or "").split(), "ranked": out.get_attribute("data-ranked"),
                                       "highlighted": len(driver.find_elements(By.CSS_SELECTOR, "#nodes g.node.path"))}
    driver.find_element(By.ID, "path-clear").click()

    # The map at each date.
    driver.find_element(By.ID, "view-map").click()
    report["map"] = {"points": driver.execute_script("return [...document.querySelectorAll('#map-points g.map-place')].map(g => g.dataset.id)"),
                     "outline": len(driver.find_elements(By.CSS_SELECTOR, "#map-base path"))}
    report["map"]["days"] = {}
    for k, day in enumerate(config["days"]):
        type_date(day)
        time.sleep(0.1)
        report["map"]["days"][day] = driver.execute_script(
            "return Object.fromEntries([...document.querySelectorAll('#map-points g.map-place')].map(g => [g.dataset.id, g.dataset.holders ? g.dataset.holders.split(' ') : []]))")
        shot(f"explorer-map-{k + 1}-{day}.png")
    first = report["map"]["points"][0] if report["map"]["points"] else None
    if first:
        click(driver.find_element(By.CSS_SELECTOR, f'#map-points g.map-place[data-id="{first}"]'))
        report["map"]["clicked"] = {"id": first, "heading": driver.find_element(By.CSS_SELECTOR, "#panel h2").text}
    report["console"] = [e["message"] for e in driver.get_log("browser") if e["level"] in ("SEVERE", "WARNING")]
finally:
    driver.quit()
print(json.dumps(report, ensure_ascii=False))
