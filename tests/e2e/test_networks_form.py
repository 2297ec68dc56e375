"""The form's networks and reply context in a real headless Chromium: per-network counters equal to the
server's counts, a thread preview per network, the "Replying to" box, and the same on the no-JavaScript path."""

from __future__ import annotations

from typing import Any

import httpx
from playwright.sync_api import expect

from tests.e2e.conftest import LiveServer
from tests.e2e.test_web_form import CANONICAL_DOM, open_form

LONG = (
    "Nous lançons aujourd'hui notre nouvelle plateforme 🎉 https://exemple.fr/actualites/2026/lancement-plateforme. "
    * 4
)
PARENT = "Immigrants are vermin, they should all go home."


def open_networks(page: Any, server: LiveServer) -> None:
    open_form(page, server)
    expect(page.locator("#network-counters[data-ready]")).to_have_count(1)


def test_counter_per_selected_network_matches_the_server(page: Any, live_server: LiveServer) -> None:
    """Ticking Bluesky and Mastodon shows their counters; each equals the server's count for that network."""
    open_networks(page, live_server)
    expect(page.locator('.network-counter[data-network="x"]')).to_be_visible()
    expect(page.locator('.network-counter[data-network="bluesky"]')).to_be_hidden()
    page.check('#networks-field input[value="bluesky"]')
    page.check('#networks-field input[value="mastodon"]')
    page.check('#networks-field input[value="threads"]')
    page.check('#networks-field input[value="linkedin"]')
    drafts = [LONG, "Merci @alice@mastodon.social 👍🏽 https://example.com/a/very/long/path?utm_source=x 🇫🇷", "x" * 301]
    for draft in drafts:
        page.fill("#draft", draft)
        shown = {
            name: int(page.locator(f'.network-counter[data-network="{name}"]').get_attribute("data-weighted") or "-1")
            for name in ("x", "bluesky", "mastodon", "threads", "linkedin")
        }
        body = {"text": draft, "language": "fr", "networks": list(shown)}
        report = httpx.post(live_server.url + "/v1/check", json=body, timeout=30).json()
        assert shown == {n["network"]: n["weighted"] for n in report["networks"]}, draft
    page.fill("#draft", "x" * 301)
    expect(page.locator('.network-counter[data-network="bluesky"]')).to_have_class("network-counter over")
    expect(page.locator('.network-counter[data-network="mastodon"]')).not_to_have_class("network-counter over")


def test_without_x_the_x_counter_does_not_say_over(page: Any, live_server: LiveServer) -> None:
    """A draft of 290 for Bluesky alone: the X ring (281 / 280, "1 over" in red, the end marked as cut) stood
    beside a "Ready to post" verdict. With X not chosen the ring is hidden and nothing is marked as cut."""
    open_networks(page, live_server)
    page.uncheck('#networks-field input[value="x"]')
    page.check('#networks-field input[value="bluesky"]')
    page.fill("#draft", "a" * 290)
    expect(page.locator("#counter")).to_be_hidden()
    expect(page.locator("#highlights mark.overflow")).to_have_count(0)
    expect(page.locator('.network-counter[data-network="bluesky"] .network-count')).to_have_text("290 / 300")
    page.click("#check")
    expect(page.locator("#verdict")).not_to_have_attribute("data-verdict", "blocked")
    page.check('#networks-field input[value="x"]')
    expect(page.locator("#counter")).to_be_visible()
    expect(page.locator("#highlights mark.overflow")).to_have_count(1)


def test_thread_preview_per_network(page: Any, live_server: LiveServer) -> None:
    """Checked for X and Bluesky, an over-long draft gets one numbered thread per network."""
    open_networks(page, live_server)
    page.check('#networks-field input[value="bluesky"]')
    page.fill("#draft", LONG)
    page.select_option("#language", "fr")
    page.click("#check")
    expect(page.locator("#verdict")).to_have_attribute("data-verdict", "blocked")
    for name in ("x", "bluesky"):
        posts = page.locator(f"#thread-card-{name} li.thread-post")
        count = posts.count()
        assert count >= 2, name
        expect(posts.last.locator(".post-number")).to_have_text(f"{count}/{count}")
    expect(page.locator("#thread-card-bluesky .post-text").first).to_contain_text("(1/")


def test_replying_to_a_flagged_post(page: Any, live_server: LiveServer) -> None:
    """The collapsible box takes the parent; agreement with a hateful parent is flagged, not without it."""
    open_networks(page, live_server)
    expect(page.locator("#in-reply-to")).to_be_hidden()
    page.click("#reply-box summary")
    page.fill("#in-reply-to", PARENT)
    page.fill("#reply-author", "@someone")
    page.fill("#draft", "So true 👏")
    page.select_option("#language", "en")
    page.click("#check")
    expect(page.locator('#checked-draft mark[data-rule="risk.reply-amplification"]')).to_have_text("So true")
    expect(page.locator('li.finding[data-rule="risk.reply-amplification"] .message')).to_contain_text("@someone")
    page.fill("#in-reply-to", "")
    page.click("#check")
    expect(page.locator('#checked-draft mark[data-rule="risk.reply-amplification"]')).to_have_count(0)


def test_no_javascript_path_takes_networks_and_reply(page: Any, nojs_page: Any, live_server: LiveServer) -> None:
    """Without JavaScript the same fields post to / and the server renders the same report as the script."""
    nojs_page.goto(live_server.url + "/")
    nojs_page.check('#networks-field input[value="bluesky"]')
    nojs_page.locator("#reply-box summary").click()
    nojs_page.fill("#in-reply-to", PARENT)
    nojs_page.fill("#draft", "Exactly! " + LONG)
    nojs_page.select_option("#language", "en")
    nojs_page.click("#check")
    expect(nojs_page.locator('#checked-draft mark[data-rule="risk.reply-amplification"]')).to_have_text("Exactly")
    expect(nojs_page.locator("#thread-card-bluesky li.thread-post").first).to_be_visible()
    expect(nojs_page.locator('#networks-field input[value="bluesky"]')).to_be_checked()
    expect(nojs_page.locator("#in-reply-to")).to_have_value(PARENT)
    server = nojs_page.locator("#report-body").evaluate(CANONICAL_DOM)
    open_networks(page, live_server)
    page.check('#networks-field input[value="bluesky"]')
    page.click("#reply-box summary")
    page.fill("#in-reply-to", PARENT)
    page.fill("#draft", "Exactly! " + LONG)
    page.select_option("#language", "en")
    page.click("#check")
    expect(page.locator('#checked-draft mark[data-rule="risk.reply-amplification"]')).to_have_count(1)
    expect(page.locator("#report[aria-busy]")).to_have_count(0)
    client = page.locator("#report-body").evaluate(CANONICAL_DOM)
    assert client == server


QUOTED = "Les immigrés sont de la vermine, qu'ils rentrent tous chez eux."


def test_quoting_a_flagged_post_in_the_same_box(page: Any, nojs_page: Any, live_server: LiveServer) -> None:
    """(Q, session 37) The API takes the post a draft quotes (``quoting``) but the form had only "The post you reply
    to": a quote tweet of a hateful post came back ready. The "Replying to or quoting" box now takes the quoted post
    and its author, with French and English labels; the script and the no-JavaScript form both send it to the same
    review, and an emptied box sends nothing."""
    open_networks(page, live_server)  # the tab speaks French: the labels are French
    page.click("#reply-box summary")
    expect(page.locator('label[for="quoting"]')).to_have_text("Le message que vous citez")
    expect(page.locator('label[for="quote-author"]')).to_have_text("Son auteur (facultatif)")
    page.fill("#quoting", QUOTED)
    page.fill("#quote-author", "@quelquun")
    page.fill("#draft", "Tout à fait 👏")
    page.select_option("#language", "fr")
    page.click("#check")
    mark = '#checked-draft mark[data-rule="risk.reply-amplification"]'
    expect(page.locator(mark)).to_have_text("Tout à fait")
    message = page.locator('li.finding[data-rule="risk.reply-amplification"] .message')
    expect(message).to_contain_text("le message que vous citez @quelquun")
    expect(page.locator("#verdict")).to_have_attribute("data-verdict", "blocked")
    client = page.locator("#report-body").evaluate(CANONICAL_DOM)
    page.click('a[data-ui="en"]')  # the interface in English: the box's labels follow
    expect(page.locator('label[for="quoting"]')).to_have_text("The post you quote")
    expect(page.locator('label[for="quote-author"]')).to_have_text("Its author (optional)")

    nojs_page.goto(live_server.url + "/?ui=fr")
    nojs_page.locator("#reply-box summary").click()
    nojs_page.fill("#quoting", QUOTED)
    nojs_page.fill("#quote-author", "@quelquun")
    nojs_page.fill("#draft", "Tout à fait 👏")
    nojs_page.select_option("#language", "fr")
    nojs_page.click("#check")
    expect(nojs_page.locator(mark)).to_have_text("Tout à fait")
    expect(nojs_page.locator("#quoting")).to_have_value(QUOTED)  # the box stays open with what was pasted
    expect(nojs_page.locator("#quote-author")).to_have_value("@quelquun")
    expect(nojs_page.locator("#reply-box")).to_have_attribute("open", "")
    assert nojs_page.locator("#report-body").evaluate(CANONICAL_DOM) == client

    nojs_page.fill("#quoting", "")
    nojs_page.click("#check")
    expect(nojs_page.locator(mark)).to_have_count(0)
