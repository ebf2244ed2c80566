// Progressive enhancement of the portfolio page; everything also works without it (plain forms).
// Placing a card: click a card in the deck, then a field's "Place here" (one click per further card), or drag the
// card onto a field. Forms marked data-enhance, and every "Place here", are sent with fetch and the page's <main>
// is swapped for the answer's, so the view keeps its place. No canvas logic lives here: the server answers.
"use strict";

// Changes of this member's in flight: the live view does not swap the page under them.
let sending = 0;

async function submit(form, submitter) {
  sending += 1;
  try {
    await send(form, submitter);
  } finally {
    sending -= 1;
  }
}

async function send(form, submitter) {
  const body = new FormData(form, submitter);
  const chosen = form.querySelector('input[name="card"]:checked');
  const where = form.querySelector("#place-where") ? form.querySelector("#place-where").value : "";
  const started = performance.now();
  // getAttribute: every form has an <input name="action">, which shadows form.action (it would post to
  // "/[object HTMLInputElement]", which only worked while every path reached index.php).
  const response = await fetch(form.getAttribute("action") || location.href, {method: "POST", body, headers: {"X-Requested-With": "fetch"}});
  const html = await response.text();
  const page = new DOMParser().parseFromString(html, "text/html");
  const main = page.querySelector("main");
  if (!main) { location.reload(); return; }
  // The page keeps its place: the window's scroll and the deck's own (it jumped back to the top after every card).
  const deckScroll = document.querySelector(".deck") ? document.querySelector(".deck").scrollTop : 0;
  const windowScroll = window.scrollY;
  const opened = openDetails(response.ok ? form : null);
  document.querySelector("main").replaceWith(main);
  reopen(opened);
  if (page.title) document.title = page.title;
  const deck = document.querySelector(".deck");
  if (deck) deck.scrollTop = deckScroll;
  window.scrollTo(0, windowScroll);
  let anchor = "";
  if (response.redirected) {
    const answered = new URL(response.url);
    anchor = answered.searchParams.get("at") || "";
    answered.searchParams.delete("at");
    history.replaceState(null, "", answered.pathname + answered.search + location.hash);
  }
  focusAfterChange(submitter, anchor);
  // The chosen card stays chosen, so the next field is one click; on a phone the field chosen in the list stays
  // chosen too, so several cards go to one field without choosing it each time.
  carryOver(chosen, where);
  document.body.dataset.lastRoundTrip = String(Math.round(performance.now() - started));
  enhance();
}

// Where the focus goes after the page answered (WCAG 2.4.3): a refusal takes it, in view, where the person was
// working; a card placed leaves it on that field's "Place here" (one click per further card); any other change
// puts it on the part of the page that changed. Never on <body>.
function focusAfterChange(submitter, anchor) {
  if (focusRefusal()) return;
  // Placed from the deck's own list (the phone's way): when the field is screens away, the person stays at the
  // deck and the sticky bar says "saved" (jumping there sent them scrolling back for every next card); a field in
  // view takes the focus, as below.
  const fromList = submitter && submitter.name === "target" && submitter.value === "" && document.querySelector(".place-chosen button");
  const field = anchor ? document.getElementById(anchor) : null;
  if (fromList && !(field && inView(field))) { fromList.focus({preventScroll: true}); return; }
  const value = submitter && submitter.name === "target" ? submitter.value : "";
  const cell = value ? document.getElementById("cell-" + value.replace(":", "-")) : null;
  const button = cell ? cell.querySelector(".place-here") : null;
  if (button) { button.focus({preventScroll: true}); return; }
  const changed = anchor ? document.getElementById(anchor) : null;
  if (changed) {
    if (!changed.hasAttribute("tabindex") && !changed.matches("a, button, input, select, textarea")) changed.tabIndex = -1;
    changed.scrollIntoView({block: "nearest"});
    changed.focus({preventScroll: true});
    return;
  }
  const fallback = document.querySelector("main .status-bar button") || document.querySelector("main");
  if (fallback) fallback.focus({preventScroll: true});
}

function inView(element) {
  const box = element.getBoundingClientRect();
  return box.bottom > 0 && box.top < window.innerHeight;
}

// A refusal on the page takes the focus, brought into view; true when there was one.
function focusRefusal() {
  const refusal = document.querySelector("main .error[role=alert]");
  if (!refusal) return false;
  refusal.scrollIntoView({block: "center"});
  refusal.focus({preventScroll: true});
  return true;
}

function enhance() {
  const place = document.getElementById("place");
  for (const form of document.querySelectorAll("form[data-enhance]")) {
    if (form.dataset.enhanced) continue;
    form.dataset.enhanced = "yes";
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      submit(form, event.submitter).catch(() => form.submit());
    });
  }
  if (!place) return;
  for (const card of document.querySelectorAll(".deck-card")) {
    card.addEventListener("dragstart", (event) => {
      event.dataTransfer.setData("text/plain", card.dataset.card);
      event.dataTransfer.effectAllowed = "copy";
    });
  }
  for (const cell of document.querySelectorAll(".cell[data-target]")) {
    cell.addEventListener("dragover", (event) => { event.preventDefault(); cell.classList.add("drop"); });
    cell.addEventListener("dragleave", () => cell.classList.remove("drop"));
    cell.addEventListener("drop", (event) => {
      event.preventDefault();
      cell.classList.remove("drop");
      const radio = place.querySelector(`input[name="card"][value="${CSS.escape(event.dataTransfer.getData("text/plain"))}"]`);
      const button = cell.querySelector(".place-here");
      if (radio && button) { radio.checked = true; button.click(); }
    });
  }
}

// The controls whose state says what a member entered (the chosen card is carried over on its own).
function entries(root) {
  return [...root.querySelectorAll("textarea, input, select")].filter((control) =>
    !["hidden", "submit", "button"].includes(control.type) && !(control.type === "radio" && control.name === "card"));
}

function stateOf(control) {
  if (control.matches("select")) return [...control.options].map((option) => (option.selected ? "1" : "0")).join("");
  if (control.type === "checkbox" || control.type === "radio") return String(control.checked);
  return control.value;
}

// Each control's state as the page arrived (or as this script set it: the deck's list carried over), so that only
// what the member changed counts as entered. The HTML's own defaults do not say it: a list without a selected
// option, or an empty one, and the text a refusal gave back, all read as changed or unchanged wrongly.
function remember(root) {
  for (const control of entries(root)) control.dataset.initial = stateOf(control);
}

// What this member has entered and not sent, which a swap would lose: text typed, a list's choice changed, a box
// ticked; and while a refusal is shown, what it gave back (their text is in the box, their attention there).
function unsentInput() {
  const main = document.querySelector("main");
  if (!main) return false;
  if (main.querySelector(".error[role=alert]")) return true;
  return entries(main).some((control) => control.dataset.initial !== undefined && stateOf(control) !== control.dataset.initial);
}

// Where the focus is, in words that find the same control on the page fetched again: its id; a link's address; or
// its name and value in the form of the same action about the same card or question. undefined: the focus is not
// in <main>; {} when the control cannot be found again (the live line takes the focus, never <body>).
function focusKey() {
  const active = document.activeElement;
  if (!active || active === document.body || !document.querySelector("main").contains(active)) return undefined;
  if (active.id) return {id: active.id};
  if (active.matches("a[href]")) return {href: active.getAttribute("href")};
  if (!active.closest("form")) return {};
  return {control: controlKey(active), tag: active.tagName};
}

// A form, in words that hold on the page fetched again: its action, and the card and question it is about.
function formKey(form) {
  const about = (name) => (form.querySelector(`input[type=hidden][name="${name}"]`) || {}).value || "";
  return [about("action"), about("placement"), about("question")].join("\u0000");
}

// A control in a form, in the same words: its form's, and the control's own name and value.
function controlKey(control) {
  return [formKey(control.closest("form")), control.name || "", control.value || ""].join("\u0000");
}

// The parts a member opened (a card's "Move", its effect or interaction), by the form inside: a swap draws every
// <details> closed again, which shut the form under the member's hand. `except`: the form just sent, whose work
// is done when the page accepted it (a moved card's "Move" would open again in its new field).
function openDetails(except) {
  return [...document.querySelectorAll("main details[open]")]
    .filter((details) => details.querySelector("form") && !details.contains(except))
    .map((details) => formKey(details.querySelector("form")));
}

function reopen(keys) {
  for (const details of document.querySelectorAll("main details")) {
    const form = details.querySelector("form");
    if (form && keys.includes(formKey(form))) details.open = true;
  }
}

function findByKey(key) {
  if (key.id) return document.getElementById(key.id);
  if (key.href) return [...document.querySelectorAll("main a[href]")].find((link) => link.getAttribute("href") === key.href) || null;
  if (!key.tag) return null;
  return [...document.querySelectorAll(`main form ${key.tag}`)].find((control) => controlKey(control) === key.control) || null;
}

// After <main> was swapped, by this member's change or a teammate's: the chosen card stays chosen and the deck's
// list on its field (the next card is one click), both as the page's starting state, so they do not count as
// entered.
function carryOver(chosen, where) {
  const again = chosen && document.querySelector(`#place input[name="card"][value="${CSS.escape(chosen.value)}"]`);
  if (again) again.checked = true;
  remember(document.querySelector("main"));
  const list = where && document.querySelector("#place-where");
  if (!list || document.querySelector("main .error[role=alert]")) return;
  list.value = where;
  if (list.value === where) list.dataset.initial = stateOf(list);
}

// Live view (issue 32): every two seconds the page asks for the team's current moment and revision; when a
// teammate changed the canvas the page is fetched again and swapped in, with a line that says so, and the focus
// stays on the same control (or, when that is gone, on the line; never on <body>). While this member has entered
// something not yet sent nothing is swapped: the line says the canvas changed and that their input waits.
async function poll() {
  if (sending > 0 || !document.getElementById("live")) return;
  const asked = document.getElementById("live");
  const response = await fetch(asked.dataset.state, {headers: {"X-Requested-With": "fetch"}, cache: "no-store"});
  if (!response.ok) return;
  const state = await response.json();
  // Compared with the page as it is now: this member's own change may have arrived while the state was asked.
  const live = document.getElementById("live");
  if (sending > 0 || !live) return;
  if (String(state.moment) === live.dataset.moment && String(state.revision) === live.dataset.revision) return;
  const note = String(state.moment) !== live.dataset.moment ? live.dataset.newMoment : live.dataset.updated;
  if (unsentInput()) {
    live.textContent = String(state.moment) !== live.dataset.moment ? note : live.dataset.held;
    return;
  }
  const html = await (await fetch(location.href, {cache: "no-store"})).text();
  if (sending > 0) return;  // a change of this member's is on its way: its answer brings the page
  const main = new DOMParser().parseFromString(html, "text/html").querySelector("main");
  if (!main) return;
  if (unsentInput()) return;  // typed while the page was fetched
  const chosen = document.querySelector('#place input[name="card"]:checked');
  const where = document.querySelector("#place-where") ? document.querySelector("#place-where").value : "";
  const deckScroll = document.querySelector(".deck") ? document.querySelector(".deck").scrollTop : 0;
  const focused = focusKey();
  const opened = openDetails(null);
  document.querySelector("main").replaceWith(main);
  reopen(opened);
  if (document.querySelector(".deck")) document.querySelector(".deck").scrollTop = deckScroll;
  carryOver(chosen, where);
  const fresh = document.getElementById("live");
  if (fresh) fresh.textContent = note;
  if (focused !== undefined) {
    const target = findByKey(focused) || fresh;
    if (target) target.focus({preventScroll: true});
  }
  enhance();
}

document.addEventListener("DOMContentLoaded", () => {
  // The signed answer to the LMS (deep linking) goes back by itself; its button is there for a page without us.
  const back = document.querySelector("form[data-autosubmit]");
  if (back) { back.submit(); return; }
  // Dynamic Registration: the platform closes its window (an iframe or a tab) on this message (LTI DR §3.7).
  const close = () => (window.opener || window.parent).postMessage({subject: "org.imsglobal.lti.close"}, "*");
  if (document.querySelector("[data-lti-close]")) close();
  const closeButton = document.querySelector("[data-lti-close-button]");
  if (closeButton) closeButton.addEventListener("click", close);
  // A form sent once: its button is disabled as it goes (the platform's registration token is single-use).
  for (const once of document.querySelectorAll("form[data-once]")) {
    once.addEventListener("submit", () => { for (const button of once.querySelectorAll("button")) button.disabled = true; });
  }
  if (document.querySelector("main")) remember(document.querySelector("main"));
  enhance();
  // A refusal sent back as a whole page (a form without JavaScript's help) takes the focus too.
  focusRefusal();
  if (document.getElementById("live")) setInterval(() => { poll().catch(() => {}); }, 2000);
});
