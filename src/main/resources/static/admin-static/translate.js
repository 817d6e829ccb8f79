// The side-by-side translation editor: target fields grow with their text, the keyboard moves between segments
// (Alt+Down or Ctrl+Enter to the next, Alt+Up to the previous), the progress line follows what is filled in, and
// after a conflict the saved translation of a segment can be taken.
(function () {
  var form = document.getElementById('side-by-side');
  if (!form) {
    return;
  }
  var fields = Array.prototype.slice.call(form.querySelectorAll('.segment-input'));

  // Chromium sizes fields to their content with CSS (field-sizing); elsewhere the script does it.
  var sizesItself = window.CSS && CSS.supports && CSS.supports('field-sizing', 'content');
  function grow(field) {
    if (!sizesItself && field.tagName === 'TEXTAREA') {
      field.style.height = 'auto';
      field.style.height = field.scrollHeight + 'px';
    }
  }

  var progress = document.getElementById('progress');
  var template = document.getElementById('progress-messages');
  var messages = template ? Array.prototype.map.call(template.content.querySelectorAll('span'), function (span) {
    return span.textContent;
  }) : [];
  function count() {
    var done = fields.filter(function (field) {
      return field.classList.contains('counted') && field.value.trim() !== '';
    }).length;
    if (progress && messages[done] !== undefined && progress.textContent !== messages[done]) {
      progress.textContent = messages[done];
    }
  }

  function move(from, step) {
    var next = fields[fields.indexOf(from) + step];
    if (next) {
      next.focus();
      next.scrollIntoView({ block: 'center' });
    }
  }

  fields.forEach(function (field) {
    grow(field);
    field.addEventListener('input', function () {
      grow(field);
      count();
    });
    field.addEventListener('keydown', function (event) {
      if ((event.altKey && event.key === 'ArrowDown') || (event.ctrlKey && event.key === 'Enter')) {
        event.preventDefault();
        move(field, 1);
      } else if (event.altKey && event.key === 'ArrowUp') {
        event.preventDefault();
        move(field, -1);
      }
    });
  });

  form.querySelectorAll('button.use-saved').forEach(function (button) {
    button.addEventListener('click', function () {
      var target = document.getElementById(button.dataset.target);
      target.value = button.dataset.text;
      grow(target);
      count();
      target.focus();
    });
  });
})();
