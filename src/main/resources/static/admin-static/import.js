// The import page: shows only the chosen source's fields, and while an import runs, polls its progress and reloads
// the page for the report once it has ended. Without JavaScript every field shows and the page has a reload link.
(function () {
  'use strict';

  var form = document.getElementById('import-form');
  if (form) {
    var choose = function () {
      var chosen = form.querySelector('input[name="source"]:checked');
      form.querySelectorAll('fieldset.fields').forEach(function (fieldset) {
        var shown = chosen && fieldset.dataset.source === chosen.value;
        fieldset.hidden = !shown;
        fieldset.disabled = !shown;
      });
    };
    form.querySelectorAll('input[name="source"]').forEach(function (radio) {
      radio.addEventListener('change', choose);
    });
    choose();
  }

  var job = document.getElementById('import-job');
  var progress = document.getElementById('import-progress');
  if (!job || !progress) {
    return;
  }
  var label = document.getElementById('import-progress-label');
  var poll = function () {
    fetch(job.dataset.statusUrl, {headers: {Accept: 'application/json'}, credentials: 'same-origin'})
      .then(function (response) {
        return response.ok ? response.json() : null;
      })
      .then(function (status) {
        if (!status) {
          return;
        }
        progress.value = status.percent;
        progress.textContent = status.percent + ' %';
        label.textContent = status.label;
        if (status.finished) {
          window.location.replace(job.dataset.pageUrl);
        } else {
          window.setTimeout(poll, 700);
        }
      })
      .catch(function () {
        window.setTimeout(poll, 2000);
      });
  };
  window.setTimeout(poll, 400);
}());
