package neo4jstore

import "net/url"

// RedactURI returns a Neo4j URI fit for logs and messages: a password in it
// is replaced with xxxxx.
func RedactURI(uri string) string {
	u, err := url.Parse(uri)
	if err != nil {
		return "(unparseable URI)"
	}
	return u.Redacted()
}
