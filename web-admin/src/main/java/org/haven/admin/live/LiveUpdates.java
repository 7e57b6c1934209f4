package org.haven.admin.live;

import com.vaadin.flow.shared.Registration;
import java.util.function.Consumer;

/**
 * A steady beat for open views: each tick says whether any case changed since the last one, so a
 * view can reload on change and otherwise just move its clocks on.
 */
public interface LiveUpdates {

  Registration subscribe(Consumer<Boolean> onTick);
}
