// The article body editor: TinyMCE 6 with the formats our HTML sanitizer keeps, and the article's gallery as the
// list of images it may insert. Without script the textarea still works.
(function () {
  if (!window.tinymce) {
    return;
  }
  var lang = document.documentElement.getAttribute('lang');
  var body = document.querySelector('textarea.rich');
  var images = body && body.dataset.imageList;
  window.tinymce.init({
    selector: 'textarea.rich',
    base_url: document.querySelector('script[src*="tinymce.min.js"]').src.replace(/\/tinymce\.min\.js.*$/, ''),
    suffix: '.min',
    menubar: false,
    branding: false,
    promotion: false,
    plugins: 'lists link autolink autoresize' + (images ? ' image' : ''),
    toolbar: 'undo redo | blocks | bold italic | link' + (images ? ' image' : '') + ' | bullist numlist | blockquote',
    block_formats: 'Paragraph=p; Heading 2=h2; Heading 3=h3; Heading 4=h4',
    valid_elements: 'p,h2,h3,h4,strong/b,em/i,a[href],ul,ol,li,blockquote,br,figure,figcaption,img[src|alt]',
    image_list: images || undefined,
    image_dimensions: false,
    image_description: true,
    relative_urls: false,
    convert_urls: false,
    directionality: document.documentElement.getAttribute('dir') || 'ltr',
    content_langs: lang ? [{ title: lang, code: lang }] : undefined,
    setup: function (editor) {
      editor.on('change input undo redo', function () { editor.save(); });
    }
  });
})();
