// A separate entry point: these helpers read values (not only types) from @rapport/contracts, whose schemas would
// otherwise ride into the app's first download with the rest of this library; only lazy pages import them.
export * from './promised-hours';
