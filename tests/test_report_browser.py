"""The report of the sample page in a real browser: headless Chromium (Debian's chromium and
chromium-driver) driven by Selenium. Skips where the page, Selenium or Chromium is absent.

UPDATE_SCREENSHOTS=1 also writes the screenshot to docs/ for the README."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from extractor.report import read_report, render_html

ROOT = Path(__file__).resolve().parent.parent
SCREENSHOT = ROOT / "docs" / "report-hn-page-01.png"
LAPTOP, PHONE = (1280, 800), (390, 844)


def chromium_paths() -> tuple[str, str]:
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    driver = shutil.which("chromedriver")
    if not browser or not driver:
        pytest.skip("Chromium or chromedriver is absent (Debian: apt-get install chromium chromium-driver)")
    return browser, driver


@pytest.fixture(scope="module")
def browser():
    webdriver = pytest.importorskip("selenium.webdriver", reason="selenium is not installed")
    from selenium.webdriver.chrome.service import Service
    binary, driver_path = chromium_paths()
    os.environ.setdefault("SE_OFFLINE", "true")  # never let Selenium Manager look for a driver online
    options = webdriver.ChromeOptions()
    options.binary_location = binary
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--hide-scrollbars", "--force-device-scale-factor=1", f"--window-size={LAPTOP[0]},{LAPTOP[1]}"):
        options.add_argument(arg)
    driver = webdriver.Chrome(service=Service(executable_path=driver_path), options=options)
    driver.set_page_load_timeout(60)
    yield driver
    driver.quit()


def findings_for(records: list[dict], audited) -> list:
    """The audit's findings; where the audit is not there or finds nothing, one made here from three
    counts far down the page, so that clicking still has facts to scroll to."""
    if audited:
        return audited
    counts = [r for r in records if r["type"] == "count"][-3:]
    return [{"doc": "hn-page-01", "check": "sum", "verdict": "inconsistent", "expected": 0, "observed": 1,
             "explanation": "made by the test: the audit is not available",
             "facts": [{"start": r["start"], "end": r["end"]} for r in counts]}]


@pytest.fixture(scope="module")
def report(sample_page: str, tmp_path_factory) -> tuple[Path, list[dict], list[dict]]:
    page, records, audited = read_report(sample_page, "hn-page-01")
    findings = findings_for(records, audited)
    path = tmp_path_factory.mktemp("report") / "hn-page-01.html"
    path.write_text(render_html(page, records, findings), encoding="utf-8")
    return path, records, findings


@pytest.fixture()
def opened(browser, report):
    browser.set_window_size(*LAPTOP)
    browser.get(report[0].as_uri())
    return browser


def in_view(driver, element) -> bool:
    return driver.execute_script(
        "const r=arguments[0].getBoundingClientRect();"
        "return r.bottom>0 && r.top<window.innerHeight && r.right>0 && r.left<window.innerWidth;", element)


def test_every_fact_element_is_visible(opened, report):
    from selenium.webdriver.common.by import By
    _, records, _ = report
    keys = {e.get_attribute("data-fact") for e in opened.find_elements(By.CSS_SELECTOR, "[data-fact]")}
    assert {r["id"] for r in records} <= keys
    # one script for all elements (WebDriver's is_displayed per element costs a round trip each)
    hidden = opened.execute_script("""
        return [...document.querySelectorAll('[data-fact]')].filter(e => {
            const s = getComputedStyle(e), r = e.getBoundingClientRect();
            return !e.getClientRects().length || r.width < 1 || r.height < 1 || s.visibility !== 'visible'
                || Number(s.opacity) === 0 || s.color === s.backgroundColor;
        }).map(e => e.dataset.fact);""")
    assert hidden == []
    sample = opened.find_element(By.CSS_SELECTOR, "[data-fact]")
    assert sample.is_displayed()  # WebDriver's own notion agrees on one of them


def test_focus_shows_the_facts_value_unit_and_metric(opened, report):
    from selenium.webdriver.common.by import By
    money = next(r for r in report[1] if r["type"] == "money")
    element = opened.find_element(By.ID, f"f-{money['id']}")
    opened.execute_script("arguments[0].focus()", element)
    shown = opened.execute_script(
        "const s=getComputedStyle(arguments[0],'::after'); return [s.display, s.content];", element)
    assert shown[0] == "block"
    assert "unit: 元" in shown[1] and "metric:" in shown[1] and "qualifier:" in shown[1]


def test_clicking_a_finding_scrolls_to_and_marks_its_facts(opened, report):
    from selenium.webdriver.common.by import By
    items = opened.find_elements(By.CSS_SELECTOR, "#audit .finding")
    assert items, "no finding listed"
    # the finding whose first fact lies lowest on the page: it starts out of view
    item = max(items, key=lambda li: opened.execute_script(
        "const k=arguments[0].dataset.facts.split(' ')[0]; const e=document.getElementById('f-'+k);"
        "return e ? e.getBoundingClientRect().top : -1;", li))
    keys = item.get_attribute("data-facts").split()
    first = opened.find_element(By.ID, f"f-{keys[0]}")
    assert not in_view(opened, first)
    item.find_element(By.TAG_NAME, "button").click()
    assert "active" in item.get_attribute("class").split()
    assert in_view(opened, first)
    for key in keys:
        for piece in opened.find_elements(By.CSS_SELECTOR, f'[data-fact="{key}"]'):
            assert "marked" in piece.get_attribute("class").split()
    marked = {e.get_attribute("data-fact") for e in opened.find_elements(By.CSS_SELECTOR, ".fact.marked")}
    assert marked == set(keys)
    if "v-inconsistent" in item.get_attribute("class"):
        assert item.find_element(By.CLASS_NAME, "explanation").text.strip()
    # the screenshot for the README: the first finding listed (inconsistent ones come first) clicked
    items[0].find_element(By.TAG_NAME, "button").click()
    opened.execute_script("document.querySelector('aside').scrollTop = 0")
    png = opened.get_screenshot_as_png()
    assert png.startswith(b"\x89PNG") and len(png) < 1_500_000
    if os.environ.get("UPDATE_SCREENSHOTS") == "1":
        SCREENSHOT.parent.mkdir(exist_ok=True)
        SCREENSHOT.write_bytes(png)


def test_readable_on_a_phone(opened):
    from selenium.webdriver.common.by import By
    opened.set_window_size(*PHONE)
    width = opened.execute_script("return window.innerWidth")
    assert width <= PHONE[0]
    overflow = opened.execute_script("return document.documentElement.scrollWidth")
    assert overflow <= width + 1, "the page scrolls sideways on a phone"
    audit = opened.find_element(By.ID, "audit").rect
    page = opened.find_element(By.ID, "page").rect
    assert audit["y"] < page["y"] and page["width"] >= width * 0.8  # findings first, text full width
