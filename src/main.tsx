import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./components/App.tsx";
import { StoreProvider } from "./components/StoreContext.tsx";
import { createAppStore } from "./store/createAppStore.ts";
import { loadDefaultGraph } from "./store/loadGraph.ts";
import "./styles.css";

const store = createAppStore();
void loadDefaultGraph(store, undefined, "./", new URLSearchParams(location.search).get("graph"));

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <StoreProvider store={store}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
