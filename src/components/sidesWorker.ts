/// <reference lib="webworker" />
import { findBrokers } from "../domain/sides/brokers.ts";
import { findSides } from "../domain/sides/sides.ts";
import type { SidesRequest, SidesAnswer } from "./sidesInWorker.ts";

/**
 * The side computation off the page's thread: on a graph of 20,000 nodes `findSides` and
 * `findBrokers` take seconds (see the bench), which on the page would freeze it. Gets the
 * relations' graph and the reading, answers with the sides and the brokers (plain data, cloned).
 */
self.onmessage = (event: MessageEvent<SidesRequest>) => {
  try {
    const { input, reading } = event.data;
    const sides = findSides(input, reading);
    const brokers = findBrokers(input, sides).brokers;
    self.postMessage({ ok: true, sides, brokers } satisfies SidesAnswer);
  } catch (error) {
    self.postMessage({ ok: false, message: (error as Error).message } satisfies SidesAnswer);
  }
};
