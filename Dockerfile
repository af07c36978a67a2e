# The Graph API and CLI as one image: `graph serve` by default, any `graph` command otherwise.
# Three stages: the explorer page (Node), the .NET publish (SDK), the runtime (ASP.NET).

FROM node:22-bookworm-slim AS explorer
WORKDIR /src/src/Graph.Explorer
COPY src/Graph.Explorer/package.json src/Graph.Explorer/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY src/Graph.Explorer/ ./
RUN npm run build

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
# Project files first, so that the package restore is cached until a project or version changes.
COPY Directory.Build.props Directory.Packages.props ./
COPY src/Graph.Core/Graph.Core.csproj src/Graph.Core/
COPY src/Graph.Extraction/Graph.Extraction.csproj src/Graph.Extraction/
COPY src/Graph.Ingest/Graph.Ingest.csproj src/Graph.Ingest/
COPY src/Graph.Storage.Sqlite/Graph.Storage.Sqlite.csproj src/Graph.Storage.Sqlite/
COPY src/Graph.Storage.Neo4j/Graph.Storage.Neo4j.csproj src/Graph.Storage.Neo4j/
COPY src/Graph.Api/Graph.Api.csproj src/Graph.Api/
COPY src/Graph.Explorer/Explorer.targets src/Graph.Explorer/
COPY src/Graph.Cli/Graph.Cli.csproj src/Graph.Cli/
RUN dotnet restore src/Graph.Cli/Graph.Cli.csproj
COPY src/ src/
# The page was built in the first stage; ExplorerBuild=false ships that dist/ without Node here.
COPY --from=explorer /src/src/Graph.Explorer/dist/ src/Graph.Explorer/dist/
RUN dotnet publish src/Graph.Cli/Graph.Cli.csproj -c Release -o /app --no-restore -p:ExplorerBuild=false

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
COPY samples/ ./samples/
COPY queries/ ./queries/
# The embedded store's default file lives here when the image runs with --store sqlite.
RUN mkdir -p /data && chown app:app /data
USER app
ENV DOTNET_NOLOGO=1
EXPOSE 8080
ENTRYPOINT ["dotnet", "/app/graph.dll"]
CMD ["serve", "--store", "neo4j", "--urls", "http://0.0.0.0:8080"]
