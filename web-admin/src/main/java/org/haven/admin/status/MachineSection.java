package org.haven.admin.status;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import org.haven.admin.chart.SvgChart;
import org.haven.admin.layout.Grids;
import org.haven.models.Hardware;
import org.haven.models.HardwareProbe;
import org.haven.models.ModelMemory;
import org.haven.models.ModelPlacement;
import org.haven.models.ModelRegistry;
import org.haven.models.ProviderChoice;
import org.haven.models.ServedModel;

/** The machine, the execution provider chosen (and those tried), and each model served on it. */
@ApplicationScoped
public class MachineSection {

  @Inject HardwareProbe hardware;

  @Inject ModelPlacement placement;

  @Inject ModelRegistry registry;

  @Inject ModelMemory memory;

  Component render() {
    Hardware h = hardware.hardware();
    ProviderChoice providers = placement.choiceOrCpu();
    Paragraph machine =
        new Paragraph(
            String.format(
                Locale.ROOT,
                "%s: %d physical / %d logical cores, %s memory (%s free). GPUs: %s.",
                h.cpu(),
                h.physicalCores(),
                h.logicalCores(),
                mib(h.memoryBytes()),
                mib(h.memoryAvailableBytes()),
                h.gpus().isEmpty()
                    ? "none"
                    : String.join(", ", h.gpus().stream().map(Hardware.Gpu::name).toList())));
    machine.setId("system-hardware");
    Paragraph provider =
        new Paragraph(
            "Models run on "
                + providers.chosen()
                + " ("
                + providers.intraOpThreads()
                + " threads). Tried: "
                + String.join(
                    "; ",
                    providers.attempts().stream()
                        .map(
                            a ->
                                a.provider()
                                    + (a.works() ? " works" : " not usable: " + a.reason()))
                        .toList())
                + ". Model memory "
                + mib(memory.loadedBytes())
                + " of "
                + mib(memory.budgetBytes())
                + ".");
    provider.setId("system-provider");
    List<ServedModel> served = registry.served();
    Grid<ServedModel> models = Grids.compact("served-models", ServedModel.class);
    models.addColumn(ServedModel::name).setHeader("Model");
    models.addColumn(ServedModel::version).setHeader("Version");
    models.addColumn(ServedModel::provider).setHeader("Provider");
    models.addColumn(m -> m.loaded() ? "loaded" : "not loaded").setHeader("State");
    models.addColumn(m -> mib(m.bytes())).setHeader("Memory");
    models.addColumn(ServedModel::inferences).setHeader("Inferences");
    models
        .addColumn(m -> String.format(Locale.ROOT, "%.2f ms", m.meanInferenceMillis()))
        .setHeader("Mean latency");
    models.setItems(served);
    Component latency =
        SvgChart.bars(
            "model-latency",
            "Mean inference latency per model (ms)",
            served.stream().map(ServedModel::name).toList(),
            served.stream().map(ServedModel::meanInferenceMillis).toList());
    return new Div(new H3("Hardware and models"), machine, provider, models, latency);
  }

  static String mib(long bytes) {
    return String.format(Locale.ROOT, "%,d MiB", bytes / (1024 * 1024));
  }
}
