package dev.deployer.render;

/**
 * One step of rendering a unit (one service in one environment). A stage reads what the stages
 * before it left in the {@link UnitWork}, adds its own result, and reports problems there;
 * {@link UnitPipeline} says the order.
 */
interface UnitStage {

    void run(UnitWork unit);
}
