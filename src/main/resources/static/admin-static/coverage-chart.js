// Draws the coverage bar chart from the data attributes of its canvas; the table above holds the same numbers.
(function () {
  var canvas = document.getElementById('coverage-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  var labels = canvas.dataset.labels.split('|');
  var series = canvas.dataset.series.split('|');
  var rows = canvas.dataset.values.split('|').map(function (row) { return row.split(',').map(Number); });
  var colours = ['#1b7a3a', '#b7791f', '#0b5394', '#6b7280', '#c53030'];
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: labels,
      datasets: series.map(function (name, i) {
        return { label: name, data: rows.map(function (row) { return row[i]; }), backgroundColor: colours[i] };
      })
    },
    options: { responsive: true, scales: { x: { stacked: true }, y: { stacked: true, beginAtZero: true } } }
  });
})();
