// The peer of the side-by-side benchmark (scripts/bench-peer): @neo4j/graphql
// on Apollo Server over the same Neo4j, with type definitions mirroring the
// labels and relationship types the skillsgraph loader writes.
//
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4000 node server.mjs
//
// It serves POST /graphql on 127.0.0.1:$PORT; auth is off, as on the
// benchmark's private Neo4j. Prints "listening <url>" once ready.
import { readFileSync } from "node:fs";
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { Neo4jGraphQL } from "@neo4j/graphql";
import neo4j from "neo4j-driver";

const uri = process.env.NEO4J_URI;
if (!uri) {
    console.error("peer: NEO4J_URI is not set");
    process.exit(1);
}
const auth = process.env.NEO4J_USERNAME
    ? neo4j.auth.basic(process.env.NEO4J_USERNAME, process.env.NEO4J_PASSWORD ?? "")
    : undefined;
const driver = neo4j.driver(uri, auth);
const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();
if (process.env.PRINT_SCHEMA) {
    const { printSchema } = await import("graphql");
    console.log(printSchema(schema));
    process.exit(0);
}
const server = new ApolloServer({ schema, introspection: false });
const { url } = await startStandaloneServer(server, {
    listen: { host: "127.0.0.1", port: Number(process.env.PORT ?? 4000) },
    context: async () => ({ sessionConfig: { database: process.env.NEO4J_DATABASE ?? "neo4j" } }),
});
console.log(`listening ${url}`);
for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, async () => {
        await server.stop();
        await driver.close();
        process.exit(0);
    });
}
