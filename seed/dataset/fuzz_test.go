package dataset

import (
	"errors"
	"io/fs"
	"sort"
	"testing"
	"testing/fstest"
)

// FuzzRead replaces one seed file with anything: Load either refuses it,
// with an error, or returns a graph every edge of which has both ends. It
// never panics. Its corpus (testdata/fuzz/FuzzRead) runs with every `go test`.
func FuzzRead(f *testing.F) {
	base := fstest.MapFS{}
	var names []string
	err := fs.WalkDir(Embedded(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(Embedded(), p)
		base[p] = &fstest.MapFile{Data: data}
		names = append(names, p)
		return err
	})
	if err != nil {
		f.Fatal(err)
	}
	sort.Strings(names)
	for i, n := range names {
		f.Add(uint8(i), base[n].Data)
	}
	f.Add(uint8(0), []byte(`[{"code":"PH","name":"x","sources":["nope"]}]`))
	f.Add(uint8(1), []byte(`{`))
	f.Add(uint8(2), []byte(`[]`))
	f.Add(uint8(3), []byte(`null`))
	f.Fuzz(func(t *testing.T, which uint8, data []byte) {
		fsys := fstest.MapFS{}
		for k, v := range base {
			fsys[k] = v
		}
		name := names[int(which)%len(names)]
		fsys[name] = &fstest.MapFile{Data: data}
		g, err := Load(fsys)
		if err != nil {
			var inv *Invalid
			if errors.As(err, &inv) && len(inv.Problems) == 0 {
				t.Fatalf("an Invalid error with no problems for %s", name)
			}
			return
		}
		ids := map[string]bool{}
		for _, n := range g.Nodes {
			ids[n.ID] = true
		}
		for _, e := range g.Edges {
			if !ids[e.From] || !ids[e.To] {
				t.Fatalf("%s accepted with a dangling edge %s %s -> %s", name, e.Type, e.From, e.To)
			}
		}
	})
}
