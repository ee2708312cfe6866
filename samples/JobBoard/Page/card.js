// The candidate's card: asks the job board's own API, shows the answer. No library, nothing from outside.
"use strict";

const texts = {
  en: {
    skip: "Skip to the card", title: "Should I take this interview?",
    lede: "Pick an invitation or edit the scenario, then see what speaks for and against it.",
    language: "Language", example: "Example invitation", scenario: "Scenario (JSON)",
    scenarioHelp: "The scenario contract: candidate, opportunity, concerns, red flags known in detail, rumours only heard of. Leave out what you do not know yet: the page then says what can be decided already, or the question to answer next.",
    askChanges: "Show what would change the advice", submit: "See the card",
    errorsTitle: "The scenario needs fixing", for: "What speaks for it", against: "What speaks against it",
    neutral: "Also weighed", advice: "Advice", waterfall: "How the score adds up",
    waterfallCaption: "Each finding's weight, from 0 to the score; the line is the threshold.",
    changes: "What would change it", accept: "Take the interview", decline: "Decline the interview",
    score: "Score", none: "Nothing.", noChanges: "No single change in the catalogue would turn the advice around.",
    notAsked: "Not asked for.", veto: "veto", policy: "Policy", cost: "cost", edited: "(edited)",
    badJson: "The scenario is not JSON: ", failed: "The server answered ",
    waterfallAlt: (d, s) => `Waterfall of the findings' weights; decision ${d}, score ${s}.`,
    incomplete: "Some required facts are still empty, so this is what can be said from what is filled in.",
    open: "It depends", undetermined: "It cannot be told yet", nextQuestion: "The question to answer next",
    why: "Why it matters", whySettled: "Why", holds: "What holds either way",
    scoreRange: (min, max) => min === max ? `Score: ${min}` : `Score: from ${min} to ${max}`,
  },
  es: {
    skip: "Ir a la tarjeta", title: "¿Debería hacer esta entrevista?",
    lede: "Elige una invitación o edita el escenario y mira qué habla a favor y en contra.",
    language: "Idioma", example: "Invitación de ejemplo", scenario: "Escenario (JSON)",
    scenarioHelp: "El contrato del escenario: candidato, oportunidad, preocupaciones, señales de alarma conocidas en detalle, rumores solo oídos. Deja fuera lo que aún no sepas: la página dice entonces qué se puede decidir ya, o la siguiente pregunta.",
    askChanges: "Mostrar qué cambiaría el consejo", submit: "Ver la tarjeta",
    errorsTitle: "Hay que corregir el escenario", for: "Qué habla a favor", against: "Qué habla en contra",
    neutral: "También se tuvo en cuenta", advice: "Consejo", waterfall: "Cómo se suma la puntuación",
    waterfallCaption: "El peso de cada hallazgo, de 0 a la puntuación; la línea es el umbral.",
    changes: "Qué lo cambiaría", accept: "Haz la entrevista", decline: "Rechaza la entrevista",
    score: "Puntuación", none: "Nada.", noChanges: "Ningún cambio del catálogo daría la vuelta al consejo.",
    notAsked: "No se pidió.", veto: "veto", policy: "Política", cost: "coste", edited: "(editado)",
    badJson: "El escenario no es JSON: ", failed: "El servidor respondió ",
    waterfallAlt: (d, s) => `Cascada de los pesos de los hallazgos; decisión ${d}, puntuación ${s}.`,
    incomplete: "Aún faltan datos obligatorios, así que esto es lo que se puede decir con lo que está rellenado.",
    open: "Depende", undetermined: "Aún no se puede saber", nextQuestion: "La siguiente pregunta",
    why: "Por qué importa", whySettled: "Por qué", holds: "Lo que vale en cualquier caso",
    scoreRange: (min, max) => min === max ? `Puntuación: ${min}` : `Puntuación: de ${min} a ${max}`,
  },
};

const $ = (id) => document.getElementById(id);
let examples = [];
let svgUrl = null;

// The scenario contract's required fields: while one is empty, the page asks /api/assessments what is known already.
const required = [
  ["candidate", "yearsOfExperience"], ["candidate", "interviewsInLastYear"], ["candidate", "activelyLooking"],
  ["opportunity", "interviewer"], ["opportunity", "format"],
];

function t(key) { return texts[$("language").value][key]; }

// Empty, not wrong: a section that is there but is not an object (or a null) is an error the contract names.
function incomplete(scenario) {
  const isObject = (value) => value !== null && typeof value === "object" && !Array.isArray(value);
  if (!isObject(scenario)) {
    return false;
  }
  return required.some(([section, field]) =>
    scenario[section] === undefined || (isObject(scenario[section]) && !Object.hasOwn(scenario[section], field)));
}

function translate() {
  const language = $("language").value;
  document.documentElement.lang = language;
  document.title = t("title");
  for (const element of document.querySelectorAll("[data-t]")) {
    element.textContent = t(element.dataset.t);
  }
}

function item(list, children) {
  const li = document.createElement("li");
  for (const child of children) {
    li.append(child);
  }
  list.append(li);
  return li;
}

function span(className, text) {
  const s = document.createElement("span");
  s.className = className;
  s.textContent = text;
  return s;
}

function fill(list, entries, render, emptyText) {
  list.replaceChildren();
  if (entries.length === 0) {
    item(list, [emptyText]).className = "empty";
    return;
  }
  for (const entry of entries) {
    item(list, render(entry));
  }
}

function signed(weight) { return (weight > 0 ? "+" : "") + weight; }

function finding(f) {
  const parts = [span("weight", signed(f.weight)), " "];
  if (f.veto) {
    parts.push(span("veto", t("veto")), " ");
  }
  const title = document.createElement("strong");
  title.textContent = f.title;
  parts.push(title, " — ", f.explanation, " ", span("source", "(" + f.source + ")"));
  return parts;
}

function showErrors(lines) {
  const list = $("error-list");
  list.replaceChildren();
  for (const [path, message] of lines) {
    const code = document.createElement("code");
    code.textContent = path;
    item(list, path ? [code, ": ", message] : [message]);
  }
  $("errors").hidden = lines.length === 0;
}

async function problemLines(response) {
  try {
    const problem = await response.json();
    if (problem.errors) {
      return Object.entries(problem.errors).flatMap(([path, messages]) => messages.map((m) => [path, m]));
    }
    return [["", problem.detail || problem.title]];
  } catch {
    return [["", t("failed") + response.status]];
  }
}

async function submit(event) {
  if (event) {
    event.preventDefault();
  }
  const body = $("scenario").value;
  let scenario;
  try {
    scenario = JSON.parse(body);
  } catch (error) {
    showErrors([["", t("badJson") + error.message]]);
    return;
  }
  const language = $("language").value;
  if (incomplete(scenario)) {
    await assess(body, language);
    return;
  }
  const withChanges = $("counterfactuals").checked;
  const post = (query) => fetch("/api/recommendations?" + query, {
    method: "POST", headers: { "Content-Type": "application/json" }, body,
  });
  const [json, svg] = await Promise.all([
    post(`language=${language}&counterfactuals=${withChanges}`),
    post(`language=${language}&format=svg`),
  ]);
  if (!json.ok) {
    showErrors(await problemLines(json));
    $("card").hidden = true;
    $("assessment").hidden = true;
    return;
  }
  showErrors([]);
  $("assessment").hidden = true;
  render(await json.json(), svg.ok ? await svg.text() : null, withChanges);
}

async function assess(body, language) {
  const response = await fetch(`/api/assessments?language=${language}`, {
    method: "POST", headers: { "Content-Type": "application/json" }, body,
  });
  $("card").hidden = true;
  if (!response.ok) {
    showErrors(await problemLines(response));
    $("assessment").hidden = true;
    return;
  }
  showErrors([]);
  renderAssessment(await response.json());
}

function range(r) { return r.min === r.max ? signed(r.min) : `${signed(r.min)} … ${signed(r.max)}`; }

function renderAssessment(assessment) {
  const card = $("assessment");
  card.className = `card ${assessment.status}` + (assessment.decision ? ` ${assessment.decision}` : "");
  card.dataset.status = assessment.status;
  card.dataset.language = assessment.language;
  $("assessment-decision").textContent = assessment.status === "settled" ? t(assessment.decision) : t(assessment.status);
  const score = assessment.scoreRange;
  $("assessment-score").hidden = !score;
  $("assessment-score").textContent = score ? t("scoreRange")(score.min, score.max) : "";
  // Settled means no answer can change it: there is nothing to ask.
  const question = assessment.status === "settled" ? null : assessment.questions[0];
  $("question-section").hidden = !question;
  $("question").textContent = question ? question.text : "";
  $("why-title").dataset.t = assessment.status === "settled" ? "whySettled" : "why";
  $("why-title").textContent = t($("why-title").dataset.t);
  $("summary").textContent = assessment.summary;
  fill($("holds"), assessment.findings, (f) => {
    const title = document.createElement("strong");
    title.textContent = f.title;
    const veto = f.veto ? [span("veto", t("veto")), " "] : [];
    return [span("weight", range(f.weightRange)), " ", ...veto, title, " — ", f.explanation, " ", span("source", "(" + f.source + ")")];
  }, t("none"));
  const p = assessment.policy;
  $("assessment-policy").textContent = `${t("policy")}: ${p.name} ${p.version}`;
  const wasHidden = card.hidden;
  card.hidden = false;
  if (wasHidden) {
    card.focus();
  }
}

function render(recommendation, svgText, withChanges) {
  const card = $("card");
  card.className = "card " + recommendation.decision;
  card.dataset.language = recommendation.language;
  $("decision").textContent = t(recommendation.decision);
  $("score").textContent = `${t("score")}: ${recommendation.score}`;
  const byEffect = (effect) => recommendation.findings.filter((f) => f.effect === effect);
  fill($("for"), byEffect("accept"), finding, t("none"));
  fill($("against"), byEffect("decline"), finding, t("none"));
  const neutral = byEffect("neutral");
  $("neutral-section").hidden = neutral.length === 0;
  fill($("neutral"), neutral, finding, t("none"));
  $("advice-section").hidden = recommendation.advice.length === 0;
  fill($("advice"), recommendation.advice, (a) => [a], t("none"));
  if (svgUrl) {
    URL.revokeObjectURL(svgUrl);
    svgUrl = null;
  }
  if (svgText) {
    svgUrl = URL.createObjectURL(new Blob([svgText], { type: "image/svg+xml" }));
    $("waterfall").src = svgUrl;
  }
  $("waterfall").alt = t("waterfallAlt")(t(recommendation.decision), recommendation.score);
  const changes = recommendation.counterfactuals || [];
  fill($("changes"), changes, (c) => [span("weight", `${t("cost")} ${c.cost}`), " — ", c.text],
    withChanges ? t("noChanges") : t("notAsked"));
  const p = recommendation.policy;
  $("policy").textContent = `${t("policy")}: ${p.name} ${p.version}`;
  const wasHidden = card.hidden;
  card.hidden = false;
  if (wasHidden) {
    card.focus();
  }
}

function chooseExample() {
  const chosen = examples.find((e) => e.name === $("example").value);
  if (chosen) {
    $("scenario").value = JSON.stringify(chosen.scenario, null, 2);
  }
}

async function start() {
  translate();
  const response = await fetch("/api/examples");
  examples = response.ok ? await response.json() : [];
  const select = $("example");
  for (const example of examples) {
    const option = document.createElement("option");
    option.value = example.name;
    option.textContent = example.name.replace(/^\d+-/, "").replaceAll("-", " ");
    select.append(option);
  }
  select.addEventListener("change", chooseExample);
  chooseExample();
  $("form").addEventListener("submit", submit);
  $("language").addEventListener("change", () => {
    translate();
    if (!$("card").hidden || !$("assessment").hidden) {
      submit();
    }
  });
  document.body.dataset.ready = "true";
}

start();
