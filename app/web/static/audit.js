// The "Audit an archive" page: send the file as the request body, poll the job, open the report.
const form = document.getElementById("audit-form");
const input = document.getElementById("archive");
const bar = document.getElementById("audit-progress");
const statusLine = document.getElementById("audit-status");
const errorLine = document.getElementById("audit-error");
const button = document.getElementById("audit-start");
const chosen = document.getElementById("archive-chosen");

// the native input is hidden (its own words follow the browser's language, not the page's): say the file chosen
input.addEventListener("change", () => {
  const file = input.files && input.files[0];
  chosen.textContent = file ? file.name : form.dataset.noneChosen;
  if (file) { errorLine.hidden = true; }
});

function fill(template, values) {
  return template.replace(/\{(\w+)\}/g, (_, key) => String(values[key] ?? ""));
}

function fail(reason) {
  errorLine.textContent = fill(form.dataset.failed, { reason });
  errorLine.hidden = false;
  statusLine.textContent = "";
  bar.hidden = true;
  button.disabled = false;
}

function reason(body, fallback) {
  const detail = body && body.detail;
  if (Array.isArray(detail) && detail.length && detail[0].msg) { return detail[0].msg; }
  return fallback;
}

async function poll(url) {
  for (;;) {
    const answer = await fetch(url, { headers: { accept: "application/json" } });
    const job = await answer.json();
    if (!answer.ok) { fail(reason(job, String(answer.status))); return; }
    if (job.state === "failed") { fail(job.error || "?"); return; }
    if (job.total) {
      bar.max = job.total;
      bar.value = job.done;
      statusLine.textContent = fill(form.dataset.running, { done: job.done, total: job.total });
    } else {
      bar.removeAttribute("value");
      statusLine.textContent = fill(form.dataset.runningUnknown, { done: job.done });
    }
    if (job.state === "done") {
      statusLine.textContent = form.dataset.done;
      window.location.assign(job.report_url);
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
}

form.addEventListener("submit", async (event) => {
  event.preventDefault();
  const file = input.files && input.files[0];
  if (!file) {  // the form is novalidate: the browser's own bubble would speak its language, not the page's
    errorLine.textContent = form.dataset.noFile;
    errorLine.hidden = false;
    input.focus();
    return;
  }
  errorLine.hidden = true;
  button.disabled = true;
  bar.hidden = false;
  bar.removeAttribute("value");
  statusLine.textContent = form.dataset.uploading;
  const query = new URLSearchParams({ name: file.name, ui: form.dataset.ui });
  try {
    const headers = { "content-type": "application/octet-stream" };
    const key = sessionStorage.getItem("sevenfold.api-key");  // given on the form page, on a server with keys
    if (key) { headers["x-api-key"] = key; }
    const answer = await fetch(`/audit/jobs?${query}`, { method: "POST", headers, body: file });
    const body = await answer.json();
    if (answer.status !== 202) { fail(reason(body, String(answer.status))); return; }
    await poll(`/audit/jobs/${encodeURIComponent(body.id)}`);
  } catch (error) {
    fail(String(error));
  }
});
