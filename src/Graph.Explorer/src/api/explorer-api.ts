// Typed calls to the public GraphQL API: the only data source of the page.

import { graphql } from "./graphql-client";
import type { Change, EdgeFilter, EntityDetails, EntitySummary, GraphPath, Network, SharedCounterparty } from "./model";
import { CHANGES, ENTITY_DETAILS, NETWORK, PATHS, SEARCH_ENTITIES, SHARED_COUNTERPARTIES } from "./queries";

export interface SearchResult {
  totalCount: number;
  entities: EntitySummary[];
}

export async function searchEntities(search: string, first: number, signal?: AbortSignal): Promise<SearchResult> {
  const data = await graphql<{ entities: { totalCount: number; edges: { node: EntitySummary }[] } }>(
    SEARCH_ENTITIES,
    { search, first },
    signal,
  );
  return { totalCount: data.entities.totalCount, entities: data.entities.edges.map((e) => e.node) };
}

export async function fetchNetwork(
  root: string,
  depth: number,
  limit: number,
  filter: EdgeFilter | null,
  signal?: AbortSignal,
): Promise<Network> {
  const data = await graphql<{ network: Network }>(NETWORK, { root, depth, limit, filter }, signal);
  return data.network;
}

export async function fetchEntityDetails(id: string, filter: EdgeFilter | null, signal?: AbortSignal): Promise<EntityDetails | null> {
  const data = await graphql<{ entity: EntityDetails | null }>(ENTITY_DETAILS, { id, filter }, signal);
  return data.entity;
}

export async function fetchPaths(from: string, to: string, maxHops: number, filter: EdgeFilter | null): Promise<GraphPath[]> {
  const data = await graphql<{ paths: GraphPath[] }>(PATHS, { from, to, maxHops, filter, first: 5 });
  return data.paths;
}

export async function fetchSharedCounterparties(entities: string[], filter: EdgeFilter | null): Promise<SharedCounterparty[]> {
  const data = await graphql<{ sharedCounterparties: SharedCounterparty[] }>(SHARED_COUNTERPARTIES, { entities, filter });
  return data.sharedCounterparties;
}

export async function fetchChanges(entity: string, fromYear: number, toYear: number): Promise<Change[]> {
  const data = await graphql<{ changes: Change[] }>(CHANGES, { entity, fromYear, toYear });
  return data.changes;
}
