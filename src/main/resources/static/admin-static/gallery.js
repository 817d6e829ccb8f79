// The gallery manager: uploads one request per file with its own progress bar, replaces an image, and reorders by
// drag and drop or by the up/down buttons. The server answers every file with a localized verdict.
(function () {
  var uploadForm = document.getElementById('upload-form');
  if (!uploadForm) {
    return; // translators see texts only; the page works without script
  }
  var csrf = uploadForm.querySelector('input[name="_csrf"]').value;
  var results = document.getElementById('upload-results');

  function send(url, data, progress) {
    return new Promise(function (resolve) {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', url);
      xhr.setRequestHeader('X-CSRF-TOKEN', csrf);
      if (progress) {
        xhr.upload.addEventListener('progress', function (event) {
          if (event.lengthComputable) {
            progress.value = Math.round((event.loaded / event.total) * 100);
          }
        });
      }
      xhr.addEventListener('load', function () { resolve(xhr); });
      xhr.addEventListener('error', function () { resolve(xhr); });
      xhr.send(data);
    });
  }

  // A line with the file's name and its own progress bar, shown as soon as the file is chosen.
  function row(file) {
    var item = document.createElement('li');
    var name = document.createElement('span');
    name.textContent = file.name;
    var progress = document.createElement('progress');
    progress.max = 100;
    progress.value = 0;
    progress.setAttribute('aria-label', file.name);
    item.appendChild(name);
    item.appendChild(progress);
    results.appendChild(item);
    return { item: item, name: name, progress: progress };
  }

  function uploadOne(file, shown, replaces) {
    var data = new FormData();
    data.append('files', file);
    if (replaces) {
      data.append('replaces', replaces);
    }
    return send(uploadForm.action, data, shown.progress).then(function (xhr) {
      var answer = null;
      try {
        answer = JSON.parse(xhr.responseText)[0];
      } catch (notJson) {
        answer = null;
      }
      shown.progress.value = 100;
      shown.item.className = answer && answer.accepted ? 'accepted' : 'refused';
      shown.name.textContent = answer ? answer.message : uploadForm.dataset.failed.replace('{name}', file.name);
      return answer && answer.accepted;
    });
  }

  // Shows the new gallery without reloading the page, so the verdicts above stay visible.
  function refresh() {
    return fetch(uploadForm.dataset.refresh, { credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, 'text/html').getElementById('gallery-region');
        document.getElementById('gallery-region').replaceWith(fresh);
      });
  }

  uploadForm.addEventListener('submit', function (event) {
    event.preventDefault();
    var input = document.getElementById('files');
    var files = Array.prototype.slice.call(input.files);
    var rows = files.map(row);
    var anyAccepted = false;
    // One after the other, so the gallery keeps the order the files were chosen in; each still has its own bar.
    files.reduce(function (previous, file, index) {
      return previous.then(function () {
        return uploadOne(file, rows[index], null).then(function (accepted) {
          anyAccepted = anyAccepted || accepted;
        });
      });
    }, Promise.resolve()).then(function () {
      input.value = '';
      if (anyAccepted) {
        refresh();
      }
    });
  });

  document.addEventListener('change', function (event) {
    if (event.target.classList.contains('replace-file') && event.target.files.length) {
      var file = event.target.files[0];
      uploadOne(file, row(file), event.target.dataset.imageId).then(function (accepted) {
        if (accepted) {
          refresh();
        }
      });
    }
  });

  function saveOrder() {
    var list = document.getElementById('gallery');
    var status = document.getElementById('order-status');
    var data = new URLSearchParams();
    list.querySelectorAll('li[data-image-id]').forEach(function (item) {
      data.append('image', item.dataset.imageId);
    });
    fetch(list.dataset.order, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-CSRF-TOKEN': csrf },
      body: data
    }).then(function (response) {
      status.textContent = response.ok ? status.dataset.saved : status.dataset.failed;
    });
  }

  document.addEventListener('click', function (event) {
    var button = event.target.closest('.move-up, .move-down');
    if (!button) {
      return;
    }
    var item = button.closest('li');
    if (button.classList.contains('move-up') && item.previousElementSibling) {
      item.parentNode.insertBefore(item, item.previousElementSibling);
    } else if (button.classList.contains('move-down') && item.nextElementSibling) {
      item.parentNode.insertBefore(item.nextElementSibling, item);
    } else {
      return;
    }
    button.focus();
    saveOrder();
  });

  var dragged = null;
  document.addEventListener('dragstart', function (event) {
    dragged = event.target.closest && event.target.closest('#gallery li[draggable="true"]');
    if (dragged) {
      event.dataTransfer.effectAllowed = 'move';
      dragged.classList.add('dragging');
    }
  });
  document.addEventListener('dragover', function (event) {
    var over = dragged && event.target.closest && event.target.closest('#gallery li');
    if (over && over !== dragged) {
      event.preventDefault();
      var box = over.getBoundingClientRect();
      var after = event.clientY > box.top + box.height / 2;
      over.parentNode.insertBefore(dragged, after ? over.nextElementSibling : over);
    }
  });
  document.addEventListener('dragend', function () {
    if (dragged) {
      dragged.classList.remove('dragging');
      dragged = null;
      saveOrder();
    }
  });
})();
