package graph

import (
	"context"

	"github.com/skillsgraph/skillsgraph/graph/model"
	"github.com/skillsgraph/skillsgraph/graph/recognition"
)

// referencedLevels adds the condition for the level levelID of framework:
// at that level, or, for a reference framework (the AQRF), at any level
// referenced to it, directly or through another level, noting the
// references in f.via.
func (f *filters) referencedLevels(ctx context.Context, framework, levelID string) {
	fw, err := f.r.frameworkCode(ctx, "filter.framework", framework)
	if err != nil {
		f.err = err
		return
	}
	if fw.Scope != model.FrameworkScopeRegional {
		f.conds = append(f.conds, model.Cond{Prop: model.PropLevels, Op: model.OpHas, Value: levelID})
		return
	}
	below, err := recognition.ReferencedLevels(ctx, f.r.Store, levelID)
	if err != nil {
		f.err = err
		return
	}
	ids := []string{levelID}
	f.via = map[string][]model.Link{levelID: {}}
	for _, l := range below {
		ids = append(ids, l.ID)
		f.via[l.ID] = l.Refs
	}
	f.conds = append(f.conds, model.Cond{Prop: model.PropLevels, Op: model.OpHasAny, Values: ids})
}

// viaOf returns the references through which a record at the level levelID
// met a reference-framework level filter; nil when the filter had none.
func (f *filters) viaOf(levelID string) ([]*model.LevelReference, error) {
	if f.via == nil {
		return nil, nil
	}
	out := []*model.LevelReference{}
	for _, l := range f.via[levelID] {
		lvl, err := model.As[*model.FrameworkLevel](l.Node)
		if err != nil {
			return nil, err
		}
		out = append(out, model.LevelReferenceFrom(l.Edge, lvl))
	}
	return out, nil
}
