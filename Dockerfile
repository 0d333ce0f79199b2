# skillsgraph: the GraphQL API server (/app/server) and the seed loader (/app/seed).
#
#   docker build -t skillsgraph .
#   docker run --rm -p 127.0.0.1:8080:8080 skillsgraph                 # memory store
#   docker run --rm -e NEO4J_URI=... skillsgraph /app/seed -neo4j      # load the seed
#
# See docker-compose.yml for Neo4j + seed + API together.

# ---- build ---------------------------------------------------------------------------------
FROM golang:1.26 AS build
WORKDIR /src
# Static binaries (the Neo4j driver is pure Go), reproducible paths.
ENV CGO_ENABLED=0 GOFLAGS=-trimpath
# Module downloads in their own layer, reused while go.mod/go.sum are unchanged.
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN go build -ldflags="-s -w" -o /out/server ./server \
 && go build -ldflags="-s -w" -o /out/seed ./seed

# ---- runtime -------------------------------------------------------------------------------
# distroless/static: no shell, no package manager; CA certificates and /etc/passwd included.
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/server /out/seed /app/
# uid/gid 65532 ("nonroot")
USER nonroot:nonroot
EXPOSE 8080
CMD ["/app/server"]
