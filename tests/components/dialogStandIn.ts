import { afterAll, beforeAll } from "vitest";

/**
 * jsdom has <dialog> but not its methods: stand-ins that open and close it as a browser does
 * (close fires "close"). Only added where missing, and removed after the file's tests.
 */
export function standInForDialogMethods(): void {
  const proto = HTMLDialogElement.prototype;
  const added: ("showModal" | "close")[] = [];
  beforeAll(() => {
    if (!proto.showModal) {
      proto.showModal = function (this: HTMLDialogElement) {
        this.setAttribute("open", "");
      };
      added.push("showModal");
    }
    if (!proto.close) {
      proto.close = function (this: HTMLDialogElement) {
        if (!this.hasAttribute("open")) return;
        this.removeAttribute("open");
        this.dispatchEvent(new Event("close"));
      };
      added.push("close");
    }
  });
  afterAll(() => {
    for (const name of added) delete (proto as Partial<HTMLDialogElement>)[name];
  });
}
