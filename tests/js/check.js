// wngraph's exports loaded, as they are, by the JavaScript clients people use:
// graphology (what sigma.js draws and Gephi Lite opens) reading its own JSON,
// GEXF (graphology-gexf, Gephi Lite's reader) and GraphML
// (graphology-graphml), Cytoscape.js reading its elements JSON, Kuzu
// (embedded Cypher) loading the plain CSV folder with its kuzu.cypher, and
// Oxigraph (an RDF store) loading the JSON-LD and the N-Quads and answering
// by SPARQL, and Neo4j's own Cypher linter reading the Neo4j bundle's
// import.cypher. Each must hold the same nodes and the same met_with pairs as the
// GraphML export.
//   node check.js WNGRAPH INPUT...
// Prints one line per check and "N passed, M failed"; exits 1 on a failure.
'use strict';
const {execFileSync} = require('child_process');
const fs = require('fs');
const os = require('os');
const path = require('path');
const {MultiGraph} = require('graphology');
const gexf = require('graphology-gexf');
const graphml = require('graphology-graphml');
const cytoscape = require('cytoscape');
const kuzu = require('kuzu');
const oxigraph = require('oxigraph');
const {lintCypherQuery} = require('@neo4j-cypher/language-support');

const [wngraph, ...inputs] = process.argv.slice(2);
let passed = 0;
let failed = 0;
function check(name, ok, detail) {
  if (ok) {
    passed++;
    console.log(`ok   ${name}`);
  } else {
    failed++;
    console.log(`FAIL ${name}${detail ? ': ' + detail : ''}`);
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'wngraph-js-'));
function exportAs(format) {
  const out = path.join(dir, 'g.' + format);
  execFileSync(wngraph, ['export', '--format', format, '-o', out, ...inputs], {stdio: ['ignore', 'ignore', 'inherit']});
  return fs.readFileSync(out, 'utf8');
}

// The met_with pairs of a graphology graph, by node label, each pair sorted.
function metPairs(g, labelOf, relationOf) {
  const pairs = [];
  g.forEachEdge((e, attrs, s, t) => {
    if (relationOf(attrs) !== 'met_with') return;
    pairs.push([labelOf(s), labelOf(t)].sort().join(' ~ '));
  });
  return pairs.sort();
}

async function main() {
  // GraphML, read by graphology-graphml: the reference.
  const gm = graphml.parse(MultiGraph, exportAs('graphml'));
  check('graphology-graphml reads the GraphML', gm.order > 0 && gm.size > 0, `${gm.order} nodes ${gm.size} edges`);
  const ref = metPairs(gm, (n) => gm.getNodeAttribute(n, 'label'), (a) => a.relation);
  check('the graphml has met_with pairs to compare', ref.length > 0, `${ref.length}`);
  check('graphology-graphml sees node labels', gm.everyNode((n, a) => typeof a.label === 'string' && a.label.length > 0));

  // GEXF 1.2draft, read by graphology-gexf (Gephi Lite's reader).
  const gx = gexf.parse(MultiGraph, exportAs('gexf'));
  check('graphology-gexf reads the GEXF', gx.order === gm.order && gx.size === gm.size,
        `gexf ${gx.order}/${gx.size} graphml ${gm.order}/${gm.size}`);
  const gxPairs = metPairs(gx, (n) => gx.getNodeAttribute(n, 'label'), (a) => a.relation);
  check('gexf met_with pairs equal graphml', JSON.stringify(gxPairs) === JSON.stringify(ref));
  check('gexf keeps viz colour and size',
        gx.everyNode((n, a) => typeof a.color === 'string' && typeof a.size === 'number'));

  // graphology's own JSON, with positions for sigma.js.
  const json = JSON.parse(exportAs('graphology'));
  const gj = MultiGraph.from(json);
  check('graphology imports its JSON', gj.order === gm.order && gj.size === gm.size,
        `json ${gj.order}/${gj.size} graphml ${gm.order}/${gm.size}`);
  check('every node has x, y, size and color for sigma.js',
        gj.everyNode((n, a) => Number.isFinite(a.x) && Number.isFinite(a.y) && a.size > 0 && /^#/.test(a.color)));
  check('no node attribute named type (sigma reserves it)', gj.everyNode((n, a) => !('type' in a)));
  const gjPairs = metPairs(gj, (n) => gj.getNodeAttribute(n, 'label'), (a) => a.relation);
  check('graphology met_with pairs equal graphml', JSON.stringify(gjPairs) === JSON.stringify(ref));
  check('met_with edges are undirected', gj.everyEdge((e, a) => a.relation !== 'met_with' || gj.isUndirected(e)));

  // Cytoscape.js, headless.
  const cyJson = JSON.parse(exportAs('cytoscape'));
  const cy = cytoscape({headless: true, elements: cyJson.elements});
  check('Cytoscape.js loads its JSON', cy.nodes().length === gm.order && cy.edges().length === gm.size,
        `cytoscape ${cy.nodes().length}/${cy.edges().length}`);
  check('Cytoscape.js nodes keep their positions',
        cy.nodes().every((n) => Number.isFinite(n.position('x')) && Number.isFinite(n.position('y'))));
  check('Cytoscape.js classes by type', cy.nodes('.Person').length > 0);
  const cyPairs = cy.edges('.met_with').map((e) => [e.source().data('label'), e.target().data('label')].sort().join(' ~ ')).sort();
  check('Cytoscape.js met_with pairs equal graphml', JSON.stringify(cyPairs) === JSON.stringify(ref));

  // Oxigraph: the JSON-LD and the N-Quads, each into its own store, asked
  // who met whom through the wn:Relation resources.
  const sparql = `PREFIX wn: <https://w3id.org/wngraph/vocab#> PREFIX schema: <https://schema.org/>
    SELECT ?a ?b WHERE { ?r a wn:Relation ; wn:relation "met_with" ; wn:source ?s ; wn:target ?t .
                         ?s schema:name ?a . ?t schema:name ?b }`;
  for (const [format, mime] of [['jsonld', 'application/ld+json'], ['nquads', 'application/n-quads']]) {
    const store = new oxigraph.Store();
    store.load(exportAs(format), {format: mime});
    const rows = Array.from(store.query(sparql));
    const oxPairs = rows.map((b) => [b.get('a').value, b.get('b').value].sort().join(' ~ ')).sort();
    check(`Oxigraph loads the ${format} and answers who met whom by SPARQL, equal to graphml`,
          JSON.stringify(oxPairs) === JSON.stringify(ref), `${oxPairs.length} pairs, graphml ${ref.length}`);
    const typed = Array.from(store.query(
        'PREFIX wn: <https://w3id.org/wngraph/vocab#> SELECT (COUNT(*) AS ?n) WHERE { ?r wn:firstSeen ?d ' +
        'FILTER(DATATYPE(?d) = <http://www.w3.org/2001/XMLSchema#date>) }'));
    check(`Oxigraph sees ${format} dates as xsd:date`, Number(typed[0].get('n').value) > 0);
  }

  // Neo4j's Cypher linter (the parser and semantic checks of Neo4j's editors):
  // the bundle's import.cypher has no error and no warning. A broken query
  // must fail it, or the check proves nothing.
  const neoDir = path.join(dir, 'neo4j');
  execFileSync(wngraph, ['export', '--format', 'neo4j', '-o', neoDir, ...inputs], {stdio: ['ignore', 'ignore', 'inherit']});
  const diagnostics = (text) => {
    const r = lintCypherQuery(text, {});
    return Array.isArray(r) ? r : r.diagnostics;
  };
  check('the Cypher linter rejects a broken query', diagnostics('MATCH (n RETURN n;').some((d) => d.severity === 1));
  const found = diagnostics(fs.readFileSync(path.join(neoDir, 'import.cypher'), 'utf8'));
  check('Neo4j\'s Cypher linter finds no error or warning in import.cypher', found.length === 0,
        found.slice(0, 2).map((d) => `line ${d.range.start.line + 1}: ${d.message}`).join(' | '));

  // Kuzu, embedded: the plain CSV folder loaded by running its kuzu.cypher
  // from the folder, as its README says, then asked by Cypher.
  const csvDir = path.join(dir, 'csv');
  execFileSync(wngraph, ['export', '--format', 'csv', '-o', csvDir, ...inputs], {stdio: ['ignore', 'ignore', 'inherit']});
  const here = process.cwd();
  process.chdir(csvDir);
  try {
    const db = new kuzu.Database(path.join(dir, 'graph.kuzu'));
    const conn = new kuzu.Connection(db);
    const script = fs.readFileSync('kuzu.cypher', 'utf8');
    for (const statement of script.split(/;\s*\n/).map((x) => x.trim()).filter((x) => x)) await conn.query(statement);
    const count = await (await conn.query('MATCH (n:Entity) RETURN count(n) AS c')).getAll();
    const rels = await (await conn.query('MATCH ()-[r:Relation]->() RETURN count(r) AS c')).getAll();
    check('Kuzu loads the plain CSVs', Number(count[0].c) === gm.order && Number(rels[0].c) === gm.size,
          `kuzu ${count[0].c}/${rels[0].c} graphml ${gm.order}/${gm.size}`);
    const met = await (await conn.query(
        "MATCH (a:Entity)-[r:Relation]->(b:Entity) WHERE r.relation = 'met_with' RETURN a.name AS a, b.name AS b")).getAll();
    const kuPairs = met.map((x) => [x.a, x.b].sort().join(' ~ ')).sort();
    check('Kuzu answers who met whom by Cypher, equal to graphml', JSON.stringify(kuPairs) === JSON.stringify(ref),
          `${kuPairs.length} pairs, graphml ${ref.length}`);
    const dated = await (await conn.query('MATCH ()-[r:Relation]->() WHERE r.first_seen IS NOT NULL RETURN count(r) AS c')).getAll();
    check('Kuzu reads first_seen as DATE', Number(dated[0].c) > 0);
  } finally {
    process.chdir(here);
  }
}

main()
    .catch((err) => check('no client threw', false, err && err.stack ? err.stack.split('\n').slice(0, 3).join(' | ') : String(err)))
    .finally(() => {
      fs.rmSync(dir, {recursive: true, force: true});
      console.log(`${passed} passed, ${failed} failed`);
      process.exit(failed ? 1 : 0);
    });
