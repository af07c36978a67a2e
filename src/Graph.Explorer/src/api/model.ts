// Shapes of the GraphQL API's answers, as the explorer selects them (see queries.ts).

export const FACT_KINDS = [
  "REVENUE",
  "PURCHASE",
  "LOAN_TO",
  "LOAN_FROM",
  "REPAYMENT_RECEIVED",
  "REPAYMENT_MADE",
  "INTEREST_INCOME",
  "INTEREST_EXPENSE",
  "GUARANTEE_RECEIVED",
  "GUARANTEE_GIVEN",
  "COMPENSATION",
  "OTHER",
  "DUE_FROM",
  "DUE_TO",
] as const;

export type FactKind = (typeof FACT_KINDS)[number];

export const PARTY_TYPES = ["COMPANY", "PERSON", "GROUP", "GOVERNMENT", "OTHER"] as const;

export type PartyType = (typeof PARTY_TYPES)[number];

export interface EntitySummary {
  id: string;
  name: string;
  type: PartyType;
  isReporter: boolean;
  aliases: string[];
}

export interface FilingSummary {
  id: string;
  form: string | null;
  fiscalYear: number | null;
  periodEnd: string | null;
  source: string | null;
}

export interface Evidence {
  quote: string | null;
  start: number | null;
  end: number | null;
}

export interface Edge {
  id: string;
  category: "TRANSACTION" | "BALANCE";
  kind: FactKind;
  year: number | null;
  asOf: string | null;
  period: string | null;
  amount: number | null;
  currency: string | null;
  scale: number | null;
  value: number | null;
  description: string | null;
  nature: string | null;
  fromId: string;
  toId: string;
  reportedById: string;
  reportedBy: { id: string; name: string };
  filing: FilingSummary | null;
  evidence: Evidence | null;
}

export interface Network {
  nodes: EntitySummary[];
  edges: Edge[];
  truncated: boolean;
  omitted: number;
  /** Edges among the nodes left out at the edge cap (the lightest, never a node's link towards the root). */
  edgesOmitted: number;
}

export interface KindYearTotal {
  kind: FactKind;
  year: number | null;
  currency: string | null;
  amount: number;
  edgeCount: number;
}

export interface Counterparty {
  entity: { id: string; name: string };
  totals: KindYearTotal[];
  years: number[];
}

export interface RelatedParty {
  reporter: { id: string; name: string };
  party: { id: string; name: string };
  relationship: string | null;
  filingId: string;
}

export interface EntityDetails extends EntitySummary {
  relatedParties: RelatedParty[];
  counterparties: Counterparty[];
}

export interface GraphPath {
  nodes: EntitySummary[];
  edges: Edge[];
}

export interface SharedCounterparty {
  entity: EntitySummary;
  linkedToIds: string[];
  edges: Edge[];
}

/** The EdgeFilter input of the API; omitted fields mean no constraint. */
export interface EdgeFilter {
  kinds?: FactKind[];
  yearFrom?: number;
  yearTo?: number;
  minAmount?: number;
  currencies?: string[];
}

export type ChangeType = "NEW" | "VANISHED" | "CHANGED" | "UNCHANGED";

/** How one counterparty's amounts of one kind and currency moved between two years (in currency units). */
export interface Change {
  counterparty: { id: string; name: string };
  type: ChangeType;
  kind: FactKind;
  currency: string | null;
  fromAmount: number;
  toAmount: number;
  delta: number;
}
