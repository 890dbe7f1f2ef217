package com.sendflowr.synth.evaluation;

/**
 * The scores of one group of users (the split, a persona, the cold-start users). Rates are expected
 * P(opened | delivered) and P(clicked | delivered) of a send at the policy's hour, averaged over the users.
 *
 * @param bestSingleHour  the local hour of the week with the highest mean open probability over the split's users
 * @param liftOverRandom  model open rate / random-hour open rate - 1
 * @param liftOverBestSingleHour model open rate / best-single-hour open rate - 1
 * @param captured        (model - random) / (oracle - random) of the open rate: the share of the achievable lift
 * @param rankCorrelation mean Spearman correlation of the model's scores with the true open probabilities (only with
 *                        scores; users whose truth is flat are left out of it)
 * @param hitRate         share of users whose recommended hour is within ±1 h of a true best hour (circular)
 */
public record Figures(
        int users,
        Estimate modelOpenRate,
        Estimate modelClickRate,
        Estimate randomOpenRate,
        Estimate randomClickRate,
        int bestSingleHour,
        Estimate bestSingleHourOpenRate,
        Estimate bestSingleHourClickRate,
        Estimate oracleOpenRate,
        Estimate oracleClickRate,
        Estimate liftOverRandom,
        Estimate liftOverBestSingleHour,
        Estimate captured,
        Estimate rankCorrelation,
        Estimate hitRate) {}
