package model

// A Projection is what an operation reads below some nodes, as a tree:
// the relationships it follows from them and, of the nodes at their far
// ends, the properties it reads and the relationships it follows on. A
// store that answers one (graph.Projector) returns, for each node it
// reaches, a value laid out as ProjectedNode says, so that an answer can
// be written straight from what the store returned, without a record or
// an API object in between.
type Projection struct {
	Links []ProjectedLink
}

// ProjectedLink is one relationship a projection follows from a node: the
// distinct nodes of Kind at the other end of its Rel relationships in
// direction Dir, in ID order, or by their level and then ID when ByLevel,
// each with its properties Props (in that order) and the links it follows
// on.
type ProjectedLink struct {
	Rel     string
	Dir     Direction
	Kind    string
	ByLevel bool
	Props   []string
	Links   []ProjectedLink
}

// ProjectedNode is the layout of a node's value in an answer to a
// projection: a list of its ID, its dataset version (nil where the store
// keeps none; Neo4j's store puts there the version the read expected, or
// nil for a node of another), the link's Props (nil where the node lacks
// one), then one list of node values per link it follows. The values are the driver's:
// string, int64, float64, bool, a list of them, or nil.
const (
	ProjectedID      = 0
	ProjectedVersion = 1
	ProjectedProps   = 2
)

// Projected is the answer to a projection for one root node: its record
// and, per link of the projection, the list of node values it reaches.
type Projected struct {
	Record *Record
	Links  []any
}
