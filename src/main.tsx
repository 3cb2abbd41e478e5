// Tokens, the page and the controls first, so that the components' own rules, which come after
// them, override them.
import "./styles/tokens.css";
import "./styles/base.css";
import "./styles/controls.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { StoreProvider } from "./components/StoreContext.tsx";
import { createAppStore } from "./store/createAppStore.ts";
import { loadDefaultGraph } from "./store/loadGraph.ts";
import { isGraphAddress } from "./store/urlState.ts";
import { readerMissing } from "./store/readerMissing.ts";
import { layOutOnDemand } from "./components/layOutOnDemand.ts";
import { keepOpenedGraphs, openKeptGraph } from "./components/keptGraphs.ts";
import "./styles.css";

const store = createAppStore();
const link = new URLSearchParams(location.search);
const graphParam = link.get("graph");
const localParam = link.get("local");
const linksAddress = graphParam !== null && isGraphAddress(graphParam);
const openLinked = () =>
  linksAddress
    ? import("./store/openGraph.ts").then(
        ({ openGraphUrl }) => openGraphUrl(store, graphParam, layOutOnDemand),
        (error: unknown) =>
          store
            .getState()
            .loadFailed("The graph could not be opened", [readerMissing(graphParam, error)]),
      )
    : loadDefaultGraph(store, undefined, "./", graphParam);
// A graph kept in this browser is read from its storage; the storage code loads only then.
void (localParam !== null
  ? openKeptGraph(store, localParam, openLinked, linksAddress)
  : openLinked());
keepOpenedGraphs(store);

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
