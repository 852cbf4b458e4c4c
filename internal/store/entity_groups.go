package store

import "github.com/storyline-dev/storyline/internal/document"

// EntityGroups gathers mention rows, read in document order, into entities:
// one Entity per (type, name), its mentions in the order they were added.
// Backends use it to turn a mentions-joined-entities query into []Entity.
// The zero value is ready to use.
type EntityGroups struct {
	out   []Entity
	index map[string]int
}

// Add records that mention m refers to the entity name of type typ. A
// mention with a negative Start stands for an entity without a located
// mention: the entity is kept, the mention is not.
func (g *EntityGroups) Add(name, typ string, m document.Span) {
	if g.index == nil {
		g.index = map[string]int{}
	}
	k := typ + "\x00" + name
	i, ok := g.index[k]
	if !ok {
		i = len(g.out)
		g.index[k] = i
		g.out = append(g.out, Entity{Name: name, Type: typ, Mentions: []document.Span{}})
	}
	if m.Start >= 0 {
		g.out[i].Mentions = append(g.out[i].Mentions, m)
	}
}

// Entities returns the entities gathered so far, never nil.
func (g *EntityGroups) Entities() []Entity {
	if g.out == nil {
		return []Entity{}
	}
	return g.out
}

// ScanEntities reads rows of (name, type, start, end, text), mentions in
// document order, into entities. The caller closes rows.
func ScanEntities(rows Rows) ([]Entity, error) {
	var g EntityGroups
	for rows.Next() {
		var name, typ string
		var m document.Span
		if err := rows.Scan(&name, &typ, &m.Start, &m.End, &m.Text); err != nil {
			return nil, err
		}
		g.Add(name, typ, m)
	}
	return g.Entities(), rows.Err()
}
