// Minimal GraphQL-over-HTTP client for the API on the same origin.

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
  ) {
    super(message);
    this.name = "GraphQLRequestError";
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one operation to `/graphql`; any GraphQL error fails the whole request. */
export async function graphql<T>(query: string, variables: Record<string, unknown>, signal?: AbortSignal): Promise<T> {
  const response = await fetch(new URL("graphql", document.baseURI), {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json" },
    body: JSON.stringify({ query, variables }),
    signal,
  });
  let body: GraphQLResponse<T>;
  try {
    body = (await response.json()) as GraphQLResponse<T>;
  } catch {
    throw new GraphQLRequestError(`The API answered ${response.status} ${response.statusText} without JSON.`, null);
  }
  if (body.errors && body.errors.length > 0) {
    const first = body.errors[0];
    throw new GraphQLRequestError(body.errors.map((e) => e.message).join("; "), first.extensions?.code ?? null);
  }
  if (!response.ok || body.data == null) {
    throw new GraphQLRequestError(`The API answered ${response.status} ${response.statusText}.`, null);
  }
  return body.data;
}
