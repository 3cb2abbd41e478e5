import { useId, useMemo, useState, type KeyboardEvent, type Ref } from "react";
import { searchNodes, type SearchHit } from "../domain/graphIndex.ts";
import { selectGraph, selectSelect } from "../store/selectors.ts";
import { NODE_TYPE_NAME } from "../encoding/words.ts";
import { NodeSymbol } from "./Legend.tsx";
import { useAppState } from "./StoreContext.tsx";

/** The header's search: choosing a node selects it and centres it on the canvas. */
export function SearchBox() {
  const select = useAppState(selectSelect);
  return (
    <div className="search" role="search">
      <NodeCombobox
        label="Search"
        placeholder="Search people, countries, events…"
        onChoose={(nodeId) => select({ kind: "node", id: nodeId, origin: "search" })}
      />
    </div>
  );
}

/**
 * A node picker over labels and aliases, as an ARIA combobox: suggestions as you type, arrow
 * keys to move, Enter to choose (the first suggestion when none is active), Escape to close,
 * then to clear. Says so when nothing matches.
 */
export function NodeCombobox({
  label,
  placeholder,
  initialQuery = "",
  onChoose,
  inputRef,
}: {
  /** The accessible name, e.g. "Search" or "From". */
  label: string;
  placeholder: string;
  initialQuery?: string;
  onChoose: (nodeId: string) => void;
  /** The text box, for a caller that moves focus to it (the path's "To" after its "From"). */
  inputRef?: Ref<HTMLInputElement>;
}) {
  const graph = useAppState(selectGraph);
  const [query, setQuery] = useState(initialQuery);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const listId = useId();
  const hits = useMemo(() => (graph ? searchNodes(graph, query, 8) : []), [graph, query]);
  const showList = open && hits.length > 0;
  const noMatch = query.trim() !== "" && hits.length === 0;

  const choose = (hit: SearchHit) => {
    onChoose(hit.node.id);
    setQuery(hit.node.label);
    setOpen(false);
    setActive(-1);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      if (hits.length === 0) return;
      setOpen(true);
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((i) => (i + step + hits.length) % hits.length);
    } else if (event.key === "Enter") {
      event.preventDefault();
      const hit = hits[active >= 0 ? active : 0];
      if (hit) choose(hit);
    } else if (event.key === "Escape") {
      if (showList) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      } else {
        setQuery("");
      }
    }
  };

  return (
    <div className="node-combobox">
      <input
        ref={inputRef}
        type="text"
        role="combobox"
        aria-label={label}
        aria-autocomplete="list"
        aria-expanded={showList}
        aria-controls={listId}
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        autoComplete="off"
        spellCheck={false}
        value={query}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setOpen(false)}
        onKeyDown={onKeyDown}
      />
      <ul
        id={listId}
        role="listbox"
        aria-label="Suggestions"
        className="search-list"
        hidden={!showList}
      >
        {hits.map((hit, i) => (
          <li
            key={hit.node.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            // mousedown, not click: it fires before the input's blur closes the list.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(hit);
            }}
          >
            <NodeSymbol type={hit.node.type} size={14} />
            <span className="search-label">{hit.node.label}</span>
            {hit.field !== null ? (
              <span className="search-alias">
                {hit.field}: “{hit.matched}”
              </span>
            ) : (
              hit.matched !== hit.node.label && (
                <span className="search-alias">“{hit.matched}”</span>
              )
            )}
            <span className="search-type">{NODE_TYPE_NAME[hit.node.type]}</span>
          </li>
        ))}
      </ul>
      <p className="search-status" role="status">
        {noMatch ? `No entity matches “${query.trim()}”.` : ""}
      </p>
    </div>
  );
}
