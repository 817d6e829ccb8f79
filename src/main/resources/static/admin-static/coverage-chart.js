// Draws the coverage bar chart from the data attributes of its canvas; the table above holds the same numbers.
(function () {
  var canvas = document.getElementById('coverage-chart');
  if (!canvas || !window.Chart) {
    return;
  }
  // A canvas without data (no language to show) draws nothing rather than failing on a missing attribute.
  var data = canvas.dataset;
  if (!data.labels || !data.series || !data.values) {
    return;
  }
  var labels = data.labels.split('|');
  var series = data.series.split('|');
  var rows = data.values.split('|').map(function (row) { return row.split(',').map(Number); });
  var colours = ['#1b7a3a', '#b7791f', '#0b5394', '#6b46c1', '#6b7280', '#c53030'];
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
