package org.haven.models;

/** What a slot tells the memory budget and the metrics about itself. */
public interface SlotEvents {

  SlotEvents NONE =
      new SlotEvents() {
        @Override
        public void loaded(ModelSlot<?> slot) {}

        @Override
        public void used(ModelSlot<?> slot, long nanos) {}
      };

  /** A version was loaded into the slot (at start, on a swap, or again after an unload). */
  void loaded(ModelSlot<?> slot);

  /** An inference held the slot's model for {@code nanos}. */
  void used(ModelSlot<?> slot, long nanos);
}
