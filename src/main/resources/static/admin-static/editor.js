// The article body editor: TinyMCE 6 with the formats our HTML sanitizer keeps, and the article's gallery as the
// list of images it may insert. Without script the textarea still works.
//
// TinyMCE names an image chosen from the list by the list entry's title ("1. A bridge over the Ili"); the picker
// entry also carries the bare alt text, which replaces that title. The server shows body images with the gallery's
// alt text in each language anyway; this keeps the stored text honest.
(function () {
  if (!window.tinymce) {
    return;
  }
  var lang = document.documentElement.getAttribute('lang');
  var body = document.querySelector('textarea.rich');
  var images = body && body.dataset.imageList;
  var entries = [];
  function imageList(success) {
    fetch(images, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) { return response.ok ? response.json() : []; })
      .catch(function () { return []; })
      .then(function (list) {
        entries = list;
        success(list.map(function (entry) { return { title: entry.title, value: entry.value }; }));
      });
  }
  function altTexts(editor) {
    entries.forEach(function (entry) {
      editor.getBody().querySelectorAll('img').forEach(function (img) {
        var alt = img.getAttribute('alt');
        if (img.getAttribute('src') === entry.value && (!alt || alt === entry.title)) {
          editor.dom.setAttrib(img, 'alt', entry.alt);
        }
      });
    });
  }
  window.tinymce.init({
    selector: 'textarea.rich',
    base_url: document.querySelector('script[src*="tinymce.min.js"]').src.replace(/\/tinymce\.min\.js.*$/, ''),
    suffix: '.min',
    menubar: false,
    branding: false,
    promotion: false,
    // The element path ("p » strong") tells journalists nothing, and TinyMCE 6 marks it up with ARIA that WCAG tools refuse.
    elementpath: false,
    plugins: 'lists link autolink autoresize' + (images ? ' image' : ''),
    toolbar: 'undo redo | blocks | bold italic | link' + (images ? ' image' : '') + ' | bullist numlist | blockquote',
    block_formats: 'Paragraph=p; Heading 2=h2; Heading 3=h3; Heading 4=h4',
    valid_elements: 'p,h2,h3,h4,strong/b,em/i,a[href],ul,ol,li,blockquote,br,figure,figcaption,img[src|alt]',
    image_list: images ? imageList : undefined,
    image_dimensions: false,
    image_description: false,
    // A stylesheet, not content_style: the Content-Security-Policy allows no inline styles.
    content_css: ['default', document.querySelector('link[href*="admin.css"]').href.replace(/admin\.css.*$/, 'editor-content.css')],
    relative_urls: false,
    convert_urls: false,
    directionality: document.documentElement.getAttribute('dir') || 'ltr',
    content_langs: lang ? [{ title: lang, code: lang }] : undefined,
    setup: function (editor) {
      editor.on('ExecCommand', function (event) {
        if (event.command === 'mceUpdateImage') {
          altTexts(editor);
          editor.save();
        }
      });
      editor.on('change input undo redo', function () { editor.save(); });
    }
  });
})();
