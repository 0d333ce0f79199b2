package graph

// Hops is the plan's table of fields and relationships, for the tests of
// package graph_test.
var Hops = hops
