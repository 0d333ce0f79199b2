package graph

// Resolver holds the dependencies of every resolver; it is built once in
// server/ and never regenerated.
type Resolver struct {
	Store Store
}
