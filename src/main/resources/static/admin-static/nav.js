// On narrow screens the navigation folds behind the "Menu" button; without scripts it simply stays open.
(function () {
  const toggle = document.getElementById('nav-toggle');
  if (!toggle) {
    return;
  }
  document.documentElement.classList.add('nav-folds');
  toggle.setAttribute('aria-expanded', 'false');
  toggle.addEventListener('click', function () {
    toggle.setAttribute('aria-expanded', String(toggle.getAttribute('aria-expanded') !== 'true'));
  });
})();
