// Progressive enhancement of the portfolio page; everything also works without it (plain forms).
// Placing a card: click a card in the deck, then a field's "Place here" (one click per further card), or drag the
// card onto a field. Forms marked data-enhance, and every "Place here", are sent with fetch and the page's <main>
// is swapped for the answer's, so the view keeps its place. No canvas logic lives here: the server answers.
"use strict";

async function submit(form, submitter) {
  const body = new FormData(form, submitter);
  const chosen = form.querySelector('input[name="card"]:checked');
  const started = performance.now();
  // getAttribute: every form has an <input name="action">, which shadows form.action (it would post to
  // "/[object HTMLInputElement]", which only worked while every path reached index.php).
  const response = await fetch(form.getAttribute("action") || location.href, {method: "POST", body, headers: {"X-Requested-With": "fetch"}});
  const html = await response.text();
  const page = new DOMParser().parseFromString(html, "text/html");
  const main = page.querySelector("main");
  if (!main) { location.reload(); return; }
  document.querySelector("main").replaceWith(main);
  if (response.redirected) history.replaceState(null, "", response.url.replace(/#.*$/, "") + location.hash);
  const target = submitter && submitter.value ? document.getElementById("cell-" + submitter.value.replace(":", "-")) : null;
  const focus = target ? target.querySelector(".error, .place-here") : null;
  if (focus) focus.focus({preventScroll: true});
  // The chosen card stays chosen, so the next field is one click.
  const again = chosen && document.querySelector(`#place input[name="card"][value="${CSS.escape(chosen.value)}"]`);
  if (again) again.checked = true;
  document.body.dataset.lastRoundTrip = String(Math.round(performance.now() - started));
  enhance();
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

// Live view (issue 32): every two seconds the page asks for the team's current moment and revision; when a
// teammate changed the canvas the page is fetched again and swapped in, with a line that says so. While someone is
// typing in a field nothing is swapped (their text would be lost): the line says the canvas changed.
async function poll() {
  const live = document.getElementById("live");
  if (!live) return;
  const response = await fetch(live.dataset.state, {headers: {"X-Requested-With": "fetch"}, cache: "no-store"});
  if (!response.ok) return;
  const state = await response.json();
  if (String(state.moment) === live.dataset.moment && String(state.revision) === live.dataset.revision) return;
  const note = String(state.moment) !== live.dataset.moment ? live.dataset.newMoment : live.dataset.updated;
  const typing = document.activeElement && document.activeElement.matches("textarea, input[type=text], input:not([type])")
    && document.activeElement.value !== "";
  if (typing) { live.textContent = note; return; }
  const html = await (await fetch(location.href, {cache: "no-store"})).text();
  const main = new DOMParser().parseFromString(html, "text/html").querySelector("main");
  if (!main) return;
  const chosen = document.querySelector('#place input[name="card"]:checked');
  document.querySelector("main").replaceWith(main);
  const again = chosen && document.querySelector(`#place input[name="card"][value="${CSS.escape(chosen.value)}"]`);
  if (again) again.checked = true;
  const fresh = document.getElementById("live");
  if (fresh) fresh.textContent = note;
  enhance();
}

document.addEventListener("DOMContentLoaded", () => {
  enhance();
  if (document.getElementById("live")) setInterval(() => { poll().catch(() => {}); }, 2000);
});
