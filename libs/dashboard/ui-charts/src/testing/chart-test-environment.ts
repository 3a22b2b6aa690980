// Chart.js under jsdom: a canvas 2D context (jest-canvas-mock) and a ResizeObserver, which jsdom lacks.
import 'jest-canvas-mock';

class ResizeObserverStub implements ResizeObserver {
  observe(): void {
    // Responsive resizing is not under test; charts keep their initial size.
  }
  unobserve(): void {
    // Nothing is observed.
  }
  disconnect(): void {
    // Nothing is observed.
  }
}

globalThis.ResizeObserver ??= ResizeObserverStub;
