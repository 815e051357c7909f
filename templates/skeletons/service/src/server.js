// ${{ values.title }}: the service around the AI system.
// /predict answers 501 until the model is wired in, so nothing ships an
// unreviewed model by accident.
const http = require('node:http');

const port = Number(process.env.PORT ?? 8080);

http
  .createServer((req, res) => {
    res.setHeader('Content-Type', 'application/json');
    if (req.url === '/health') {
      res.end(JSON.stringify({ status: 'ok', system: '${{ values.name }}' }));
      return;
    }
    if (req.url === '/predict' && req.method === 'POST') {
      res.statusCode = 501;
      res.end(
        JSON.stringify({
          error: 'The model is not wired in yet; see docs/model-card.md',
        }),
      );
      return;
    }
    res.statusCode = 404;
    res.end(JSON.stringify({ error: 'Not found' }));
  })
  .listen(port, () => console.log(`Listening on http://localhost:${port}`));
