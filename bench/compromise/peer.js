// The compromise peer: for each note, people and organisations, and a
// meeting-verb rule ("met|caught up with|had a call with" + a person).
//   node peer.js FILE... -> one line: "notes N bytes B seconds S MB/s M"
const fs = require('fs');
const nlp = require('compromise');

const files = process.argv.slice(2);
const texts = files.map((f) => fs.readFileSync(f, 'utf8'));
let bytes = 0;
for (const t of texts) bytes += Buffer.byteLength(t);
let best = Infinity;
let found = 0;
for (let pass = 0; pass < 3; ++pass) {
  const t0 = process.hrtime.bigint();
  found = 0;
  for (const text of texts) {
    const doc = nlp(text);
    found += doc.people().out('array').length;
    found += doc.organizations().out('array').length;
    found += doc.match('(met|met with|caught up with|had a call with|had a chat with) #Person+').out('array').length;
  }
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
}
console.log(`notes ${texts.length} bytes ${bytes} found ${found} seconds ${best.toFixed(3)} MB/s ${(bytes / best / 1e6).toFixed(4)}`);
