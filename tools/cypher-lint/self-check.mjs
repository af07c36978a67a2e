// Statements the lint must reject, one per kind of mistake it is there to catch. The lint runs
// them before anything else and refuses to pass if any of them gets through.
export const brokenStatements = [
  { mistake: 'syntax error', text: 'MATCH (e:Entity) RETRN e' },
  { mistake: 'undefined variable', text: 'MATCH (e:Entity) RETURN x' },
  { mistake: 'misspelt label', text: 'MATCH (e:Entiti) RETURN e' },
  { mistake: 'misspelt relationship type', text: 'MATCH (a)-[r:TRANSACTON]->(b) RETURN r' },
  { mistake: 'misspelt property', text: 'MATCH (e:Entity) RETURN e.nmae' },
  { mistake: 'unknown function', text: 'RETURN apoc.coll.union([1], [2])' },
];

export const goodStatement = {
  text: ':param id => "x";\nMATCH (e:Entity {id: $id})-[r:TRANSACTION]->(b:Entity) RETURN e.name, sum(r.value)',
};
