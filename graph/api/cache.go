package api

import (
	"container/list"
	"context"
	"sync"

	"github.com/99designs/gqlgen/graphql"
	"github.com/vektah/gqlparser/v2/ast"
)

// The caches are bounded in bytes, not entries: parsed queries (a parsed
// and validated document takes about 20 times its text) and the queries
// behind persisted-query hashes. Whatever clients send, they hold at most
// this much, and an entry over maxCachedQuery bytes of text is not kept.
const (
	queryCacheBytes = 32 << 20
	apqCacheBytes   = 8 << 20
	docBytesPerByte = 32 // estimate of a parsed document's size per byte of its text
	entryOverhead   = 256
)

// sizedLRU is a least-recently-used cache that holds at most max bytes, by
// the sizes size gives its entries. It is safe for concurrent use.
type sizedLRU[T any] struct {
	max  int64
	size func(key string, v T) int64

	mu    sync.Mutex
	used  int64
	order *list.List // front: most recently used
	items map[string]*list.Element
}

type lruEntry[T any] struct {
	key  string
	v    T
	size int64
}

var _ graphql.Cache[string] = (*sizedLRU[string])(nil)

func newSizedLRU[T any](max int64, size func(string, T) int64) *sizedLRU[T] {
	return &sizedLRU[T]{max: max, size: size, order: list.New(), items: map[string]*list.Element{}}
}

func (c *sizedLRU[T]) Get(_ context.Context, key string) (T, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	e, ok := c.items[key]
	if !ok {
		var zero T
		return zero, false
	}
	c.order.MoveToFront(e)
	return e.Value.(*lruEntry[T]).v, true
}

func (c *sizedLRU[T]) Add(_ context.Context, key string, v T) {
	n := c.size(key, v)
	if n > c.max/8 { // one entry may not take a large share
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if e, ok := c.items[key]; ok {
		c.used -= e.Value.(*lruEntry[T]).size
		c.order.Remove(e)
		delete(c.items, key)
	}
	for c.used+n > c.max && c.order.Len() > 0 {
		last := c.order.Back()
		old := last.Value.(*lruEntry[T])
		c.used -= old.size
		c.order.Remove(last)
		delete(c.items, old.key)
	}
	c.items[key] = c.order.PushFront(&lruEntry[T]{key: key, v: v, size: n})
	c.used += n
}

// bytes returns the bytes held, by the entries' sizes.
func (c *sizedLRU[T]) bytes() int64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.used
}

// queryCache caches parsed and validated queries, keyed by their text.
func queryCache() *sizedLRU[*ast.QueryDocument] {
	return newSizedLRU(queryCacheBytes, func(query string, _ *ast.QueryDocument) int64 {
		if len(query) > maxCachedQuery {
			return queryCacheBytes // never kept
		}
		return int64(len(query))*(1+docBytesPerByte) + entryOverhead
	})
}

// apqCache keeps the queries behind persisted-query hashes.
func apqCache() *sizedLRU[string] {
	return newSizedLRU(apqCacheBytes, func(hash, query string) int64 {
		if len(query) > maxCachedQuery {
			return apqCacheBytes
		}
		return int64(len(hash)+len(query)) + entryOverhead
	})
}
