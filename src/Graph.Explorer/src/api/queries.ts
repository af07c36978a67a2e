// The GraphQL operations the page sends. Field names follow the API's fixed schema.

const ENTITY_FIELDS = `id name type isReporter aliases`;

const EDGE_FIELDS = `
  id category kind year asOf period amount currency scale value description nature
  fromId toId reportedById
  reportedBy { id name }
  filing { id form fiscalYear periodEnd source }
  evidence { quote start end }`;

export const SEARCH_ENTITIES = `
query SearchEntities($search: String, $first: Int) {
  entities(search: $search, first: $first) {
    totalCount
    edges { node { ${ENTITY_FIELDS} } }
  }
}`;

export const NETWORK = `
query Network($root: ID!, $depth: Int, $filter: EdgeFilter, $limit: Int) {
  network(root: $root, depth: $depth, filter: $filter, limit: $limit) {
    truncated
    omitted
    edgesOmitted
    nodes { ${ENTITY_FIELDS} }
    edges { ${EDGE_FIELDS} }
  }
}`;

export const ENTITY_DETAILS = `
query EntityDetails($id: ID!, $filter: EdgeFilter) {
  entity(id: $id) {
    ${ENTITY_FIELDS}
    relatedParties { reporter { id name } party { id name } relationship filingId }
    counterparties(filter: $filter) {
      entity { id name }
      years
      totals { kind year currency amount edgeCount }
    }
  }
}`;

export const PATHS = `
query Paths($from: ID!, $to: ID!, $maxHops: Int, $filter: EdgeFilter, $first: Int) {
  paths(from: $from, to: $to, maxHops: $maxHops, filter: $filter, first: $first) {
    nodes { ${ENTITY_FIELDS} }
    edges { ${EDGE_FIELDS} }
  }
}`;

export const SHARED_COUNTERPARTIES = `
query Shared($entities: [ID!]!, $filter: EdgeFilter) {
  sharedCounterparties(entities: $entities, filter: $filter) {
    entity { ${ENTITY_FIELDS} }
    linkedToIds
    edges { ${EDGE_FIELDS} }
  }
}`;

export const CHANGES = `
query Changes($entity: ID!, $fromYear: Int!, $toYear: Int!) {
  changes(entity: $entity, fromYear: $fromYear, toYear: $toYear) {
    counterparty { id name }
    type kind currency fromAmount toAmount delta
  }
}`;
