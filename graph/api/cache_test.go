package api

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/vektah/gqlparser/v2/ast"
)

// 500 distinct persisted queries once added 238 MB: the caches now hold a
// bounded number of bytes, dropping the least recently used.
func TestCachesBoundedInBytes(t *testing.T) {
	ctx := context.Background()
	apq, docs := apqCache(), queryCache()
	for i := range 1000 {
		q := fmt.Sprintf("query Q%d { %s }", i, strings.Repeat("__typename ", 1400)) // about 15 KB
		apq.Add(ctx, sha(q), q)
		docs.Add(ctx, q, &ast.QueryDocument{})
	}
	if n := apq.bytes(); n > apqCacheBytes || n < apqCacheBytes/2 {
		t.Errorf("APQ cache holds %d bytes after 1,000 queries of 15 KB, want at most %d (and most of it used)", n, apqCacheBytes)
	}
	if n := docs.bytes(); n > queryCacheBytes {
		t.Errorf("query cache holds %d bytes (estimated), want at most %d", n, queryCacheBytes)
	}
	last := fmt.Sprintf("query Q%d { %s }", 999, strings.Repeat("__typename ", 1400))
	if _, ok := apq.Get(ctx, sha(last)); !ok {
		t.Errorf("the most recent query was dropped")
	}
	first := fmt.Sprintf("query Q%d { %s }", 0, strings.Repeat("__typename ", 1400))
	if _, ok := apq.Get(ctx, sha(first)); ok {
		t.Errorf("the oldest query is still held")
	}
	big := strings.Repeat("x", maxCachedQuery+1)
	apq.Add(ctx, "big", big)
	if _, ok := apq.Get(ctx, "big"); ok {
		t.Errorf("a query over %d bytes was cached", maxCachedQuery)
	}
}
