// The article gallery's lightbox on the native <dialog>: showModal() makes the page behind inert, Escape closes it
// (the browser's own cancel), arrow keys move between images, Tab stays inside, and focus returns to the thumbnail.
(function () {
  var dialog = document.getElementById('lightbox');
  if (!dialog || typeof dialog.showModal !== 'function') {
    return; // without <dialog> the thumbnails stay plain links to the large image
  }
  var links = Array.prototype.slice.call(document.querySelectorAll('.gallery a.thumbnail'));
  var stage = dialog.querySelector('.lightbox-stage');
  var position = dialog.querySelector('.lightbox-position');
  var caption = dialog.querySelector('.lightbox-caption');
  var credit = dialog.querySelector('.lightbox-credit');
  var rtl = getComputedStyle(dialog).direction === 'rtl';
  var current = 0;
  var opener = null;

  function show(index) {
    current = (index + links.length) % links.length;
    var link = links[current];
    var image = document.createElement('img');
    image.src = link.href;
    image.srcset = link.dataset.srcset;
    image.sizes = '(min-width: 72rem) 72rem, 100vw';
    image.alt = link.dataset.alt;
    image.lang = link.dataset.lang;
    image.className = 'lightbox-image';
    stage.replaceChildren(image);
    position.textContent = link.dataset.position;
    caption.textContent = link.dataset.caption;
    caption.lang = link.dataset.lang;
    credit.textContent = link.dataset.credit;
  }

  links.forEach(function (link, index) {
    link.addEventListener('click', function (event) {
      event.preventDefault();
      opener = link;
      show(index);
      dialog.showModal();
      dialog.querySelector('.lightbox-close').focus();
    });
  });

  dialog.querySelector('.lightbox-previous').addEventListener('click', function () { show(current - 1); });
  dialog.querySelector('.lightbox-next').addEventListener('click', function () { show(current + 1); });
  dialog.querySelector('.lightbox-close').addEventListener('click', function () { dialog.close(); });
  dialog.addEventListener('click', function (event) {
    if (event.target === dialog) {
      dialog.close(); // a click on the backdrop
    }
  });
  dialog.addEventListener('close', function () {
    if (opener) {
      opener.focus();
    }
  });

  dialog.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowRight' || event.key === 'ArrowLeft') {
      event.preventDefault();
      var forward = (event.key === 'ArrowRight') !== rtl;
      show(current + (forward ? 1 : -1));
    } else if (event.key === 'Tab') {
      var focusable = dialog.querySelectorAll('button');
      var first = focusable[0];
      var last = focusable[focusable.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }
  });
})();
