(function () {
  'use strict';
  var SVG = 'http://www.w3.org/2000/svg';
  var DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
  var BLUE = '#3b6fd8', ORANGE = '#e8833a', GREEN = '#2f9e6b';

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    for (var k in (attrs || {})) { e.setAttribute(k, attrs[k]); }
    (children || []).forEach(function (c) {
      e.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
    return e;
  }
  function sv(tag, attrs, text) {
    var e = document.createElementNS(SVG, tag);
    for (var k in (attrs || {})) { e.setAttribute(k, attrs[k]); }
    if (text !== undefined) { e.textContent = String(text); }
    return e;
  }
  function int(n) { return Number(n).toLocaleString('en-US'); }
  function pct(r) { return isFinite(r) ? (r * 100).toFixed(1) + '%' : '-'; }
  function ratio(a, b) { return b > 0 ? a / b : NaN; }
  function duration(s) {
    if (s === 0) { return '0'; }
    if (s < 1) { return s.toFixed(1) + 's'; }
    if (s < 60) { return Math.round(s) + 's'; }
    if (s < 3600) { return Math.round(s / 60) + 'm'; }
    if (s < 86400) { return Math.round(s / 3600) + 'h'; }
    return (s / 86400).toFixed(s < 864000 ? 1 : 0) + 'd';
  }
  function sum(a) { return a.reduce(function (x, y) { return x + y; }, 0); }
  function max(a) { return a.reduce(function (x, y) { return Math.max(x, y); }, 0); }
  function section(id, title, note) {
    var s = el('section', {'data-section': id}, [el('h2', {}, [title])]);
    if (note) { s.appendChild(el('p', {'class': 'note'}, [note])); }
    document.getElementById('report').appendChild(s);
    return s;
  }
  function table(headers, rows, numericFrom) {
    var head = el('tr', {}, headers.map(function (h, i) {
      return el('th', i >= numericFrom ? {'class': 'num'} : {}, [h]);
    }));
    var body = rows.map(function (r) {
      return el('tr', {}, r.map(function (c, i) {
        var cls = i >= numericFrom ? 'num' : '';
        if (c && typeof c === 'object') { cls += ' ' + c.cls; c = c.text; }
        return el('td', cls ? {'class': cls.trim()} : {}, [c]);
      }));
    });
    return el('table', {}, [el('thead', {}, [head]), el('tbody', {}, body)]);
  }
  function shade(v, top) {
    if (v <= 0 || top <= 0) { return '#f4f6fa'; }
    var t = Math.sqrt(v / top);
    var r = Math.round(232 - t * (232 - 25)), g = Math.round(240 - t * (240 - 60)), b = Math.round(254 - t * (254 - 160));
    return 'rgb(' + r + ',' + g + ',' + b + ')';
  }

  /** A bar chart; bars: [{value, label, title}], ticks: indices whose labels are shown. */
  function bars(values, labels, opts) {
    opts = opts || {};
    var w = opts.width || 420, h = opts.height || 150, left = 48, bottom = 22, top = 8;
    var n = values.length, bw = (w - left - 4) / Math.max(n, 1), hi = opts.max || max(values) || 1;
    var s = sv('svg', {width: w, height: h, 'class': 'chart ' + (opts.cls || ''), role: 'img'});
    s.appendChild(sv('line', {x1: left, y1: h - bottom, x2: w, y2: h - bottom, 'class': 'axis'}));
    s.appendChild(sv('text', {x: left - 4, y: top + 8, 'text-anchor': 'end'}, opts.format ? opts.format(hi) : int(hi)));
    s.appendChild(sv('text', {x: left - 4, y: h - bottom, 'text-anchor': 'end'}, '0'));
    values.forEach(function (v, i) {
      var bh = (h - bottom - top) * Math.min(v, hi) / hi;
      var r = sv('rect', {x: left + i * bw + 0.5, y: h - bottom - bh, width: Math.max(bw - 1, 0.5), height: bh,
                          'class': 'bar' + (opts.alt ? ' alt' : '')});
      r.appendChild(sv('title', {}, labels[i] + ': ' + (opts.format ? opts.format(v) : int(v))));
      s.appendChild(r);
      if (!opts.ticks || opts.ticks.indexOf(i) >= 0) {
        s.appendChild(sv('text', {x: left + i * bw + bw / 2, y: h - 6, 'text-anchor': 'middle'}, labels[i]));
      }
    });
    return s;
  }

  /** Lines over a shared x axis; series: [{name, color, values}]. */
  function lines(series, labels, opts) {
    opts = opts || {};
    var w = opts.width || 1280, h = opts.height || 200, left = 56, bottom = 22, top = 8;
    var n = labels.length, hi = max(series.map(function (s) { return max(s.values); })) || 1;
    var dx = (w - left - 8) / Math.max(n - 1, 1);
    var s = sv('svg', {width: w, height: h, 'class': 'chart lines', role: 'img'});
    s.appendChild(sv('line', {x1: left, y1: h - bottom, x2: w, y2: h - bottom, 'class': 'axis'}));
    s.appendChild(sv('text', {x: left - 4, y: top + 8, 'text-anchor': 'end'}, int(hi)));
    s.appendChild(sv('text', {x: left - 4, y: h - bottom, 'text-anchor': 'end'}, '0'));
    var step = Math.max(1, Math.ceil(n / 12));
    labels.forEach(function (l, i) {
      if (i % step === 0) {
        var x = left + i * dx;
        s.appendChild(sv('text', {x: x, y: h - 6, 'text-anchor': x > w - 40 ? 'end' : 'middle'}, l));
      }
    });
    series.forEach(function (ser) {
      var pts = ser.values.map(function (v, i) {
        return (left + i * dx).toFixed(1) + ',' + (h - bottom - (h - bottom - top) * v / hi).toFixed(1);
      });
      var p = sv('polyline', {points: pts.join(' '), 'class': 'line', stroke: ser.color});
      p.appendChild(sv('title', {}, ser.name));
      s.appendChild(p);
    });
    return s;
  }

  function legend(items) {
    return el('p', {'class': 'legend'}, items.map(function (it) {
      return el('span', {}, [el('span', {'class': 'swatch', style: 'background:' + it[1]}), it[0]]);
    }));
  }

  /** 7 rows (Mon..Sun) by `cols` columns of one week's counts. */
  function weekGrid(values, cols, what, cls, cell) {
    var left = 30, top = 14, cw = cell || 14, chh = cell || 14;
    var w = left + cols * cw + 2, h = top + 7 * chh + 2, hi = max(values);
    var s = sv('svg', {width: w, height: h, 'class': cls, role: 'img'});
    var perHour = cols / 24;
    for (var hr = 0; hr < 24; hr += 6) {
      s.appendChild(sv('text', {x: left + hr * perHour * cw, y: 10}, String(hr).padStart(2, '0') + ':00'));
    }
    for (var d = 0; d < 7; d++) {
      s.appendChild(sv('text', {x: 0, y: top + d * chh + chh - 3}, DAYS[d]));
      for (var c = 0; c < cols; c++) {
        var v = values[d * cols + c];
        var minutes = Math.round(c * 1440 / cols);
        var r = sv('rect', {x: left + c * cw, y: top + d * chh, width: cw - 1, height: chh - 1,
                            fill: shade(v, hi), 'class': 'cell'});
        r.appendChild(sv('title', {}, DAYS[d] + ' ' + String(Math.floor(minutes / 60)).padStart(2, '0') + ':'
            + String(minutes % 60).padStart(2, '0') + ' - ' + int(v) + ' ' + what));
        s.appendChild(r);
      }
    }
    return s;
  }

  function overview(d) {
    var s = section('overview', 'Overview');
    var order = ['sent', 'delivered', 'opened', 'clicked', 'bounced', 'marked_spam', 'unsubscribed'];
    var types = Object.keys(d.eventTypes).sort(function (a, b) {
      var x = order.indexOf(a), y = order.indexOf(b);
      return (x < 0 ? 99 : x) - (y < 0 ? 99 : y) || (a < b ? -1 : a > b ? 1 : 0);
    });
    var rows = types.map(function (t) {
      var want = d.expected[t];
      var diff = want ? (d.eventTypes[t] - want) / want : NaN;
      return [t, int(d.eventTypes[t]), want !== undefined ? int(want) : '-',
              isFinite(diff) ? (diff >= 0 ? '+' : '') + (diff * 100).toFixed(2) + '%' : '-'];
    });
    var all = d.expected.events ? (d.events - d.expected.events) / d.expected.events : NaN;
    rows.push(['all events', int(d.events), int(d.expected.events),
               isFinite(all) ? (all >= 0 ? '+' : '') + (all * 100).toFixed(2) + '%' : '-']);
    s.appendChild(table(['event type', 'actual', 'expected', 'diff'], rows, 1));
    var users = sum(d.personas.map(function (p) { return p.users; }));
    s.appendChild(el('p', {'class': 'meta'}, [
      'Window ' + d.windowStart + ' to ' + d.windowEnd + ' (' + d.scope + ', seed ' + d.seed + '); events from '
      + (d.firstEvent || '-') + ' to ' + (d.lastEvent || '-') + '; ' + int(users) + ' users. '
      + int(d.withoutSend) + ' events belong to messages sent before the data begin. '
      + 'At most ' + int(d.peakLiveMessages) + ' messages were held in memory at once (' + d.horizonHours.toFixed(0)
      + ' h horizon).' + (d.invalidTimestamps ? ' ' + int(d.invalidTimestamps) + ' events had no valid timestamp.' : '')]));
  }

  function funnel(d) {
    var s = section('funnel', 'Funnel per persona',
      'Unique opens and clicks count messages sent in the data. Rates are per delivered message, measured on the '
      + 'messages whose whole funnel lies in the window (sent before ' + d.completeFunnelsBefore + '), beside the rate '
      + 'expected of those messages and the configured persona rate. Red: more than 4 standard errors from the expectation.');
    var rows = [];
    var chartValues = [], chartLabels = [];
    d.personas.forEach(function (p) {
      var t = p.target;
      var open = ratio(p.completeOpens, p.completeDelivered), click = ratio(p.completeClicks, p.completeDelivered);
      function check(rate, want) {
        if (!t || !isFinite(rate)) { return pct(rate); }
        var se = Math.sqrt(want * (1 - want) / p.completeDelivered);
        return Math.abs(rate - want) > 4 * se ? {text: pct(rate), cls: 'off'} : pct(rate);
      }
      rows.push([p.name, int(p.users), int(p.sent), int(p.delivered), int(p.uniqueOpens), int(p.uniqueClicks),
                 check(open, t ? t.expectedOpenRate : 0), t ? pct(t.expectedOpenRate) : '-', t ? pct(t.openRate) : '-',
                 check(click, t ? t.expectedClickRate : 0), t ? pct(t.expectedClickRate) : '-', t ? pct(t.clickRate) : '-']);
      chartValues.push(open, t ? t.openRate : 0);
      chartLabels.push(p.name + ' measured', p.name + ' configured');
    });
    var total = d.personas.reduce(function (a, p) {
      ['users', 'sent', 'delivered', 'uniqueOpens', 'uniqueClicks', 'completeDelivered', 'completeOpens', 'completeClicks']
        .forEach(function (k) { a[k] += p[k]; });
      return a;
    }, {users: 0, sent: 0, delivered: 0, uniqueOpens: 0, uniqueClicks: 0, completeDelivered: 0, completeOpens: 0, completeClicks: 0});
    rows.push(['total', int(total.users), int(total.sent), int(total.delivered), int(total.uniqueOpens), int(total.uniqueClicks),
               pct(ratio(total.completeOpens, total.completeDelivered)), '', '',
               pct(ratio(total.completeClicks, total.completeDelivered)), '', '']);
    s.appendChild(table(['persona', 'users', 'sent', 'delivered', 'unique opens', 'unique clicks',
                         'open rate', 'expected', 'configured', 'click rate', 'expected', 'configured'], rows, 1));
    var chart = el('div', {'class': 'panel'}, [el('h3', {}, ['Open rate: measured (blue) and configured (orange)'])]);
    var svg = sv('svg', {width: 1280, height: 170, 'class': 'chart funnel-chart', role: 'img'});
    var hi = Math.max(max(chartValues.filter(isFinite)), 0.01);
    var gw = (1280 - 60) / Math.max(d.personas.length, 1);
    svg.appendChild(sv('line', {x1: 50, y1: 140, x2: 1280, y2: 140, 'class': 'axis'}));
    svg.appendChild(sv('text', {x: 46, y: 16, 'text-anchor': 'end'}, pct(hi)));
    d.personas.forEach(function (p, i) {
      [0, 1].forEach(function (j) {
        var v = chartValues[2 * i + j], bh = isFinite(v) ? 128 * v / hi : 0;
        var r = sv('rect', {x: 56 + i * gw + j * (gw / 2 - 6), y: 140 - bh, width: gw / 2 - 10, height: bh,
                            'class': 'bar' + (j ? ' alt' : '')});
        r.appendChild(sv('title', {}, chartLabels[2 * i + j] + ': ' + pct(v)));
        svg.appendChild(r);
      });
      svg.appendChild(sv('text', {x: 56 + i * gw + gw / 2 - 8, y: 156, 'text-anchor': 'middle'}, p.name));
    });
    chart.appendChild(svg);
    s.appendChild(chart);
  }

  function heatmaps(d) {
    var s = section('heatmaps', 'Opens and clicks by hour of week',
      'Local time of the recipient (UTC unless events carry metadata.time_zone), Monday first; each map is shaded '
      + 'to its own maximum.' + (d.machineOpens ? ' Machine opens (metadata.machine_open) are left out.' : ''));
    var grid = el('div', {'class': 'grid'});
    d.personas.forEach(function (p) {
      grid.appendChild(el('div', {'class': 'panel persona', 'data-persona': p.name}, [
        el('h3', {}, [p.name + ' - opens (' + int(sum(p.opensByHourOfWeek)) + ')']),
        weekGrid(p.opensByHourOfWeek, 24, 'opens', 'heatmap opens', 11),
        el('h3', {}, [p.name + ' - clicks (' + int(sum(p.clicksByHourOfWeek)) + ')']),
        weekGrid(p.clicksByHourOfWeek, 24, 'clicks', 'heatmap clicks', 11)]));
    });
    s.appendChild(grid);
  }

  function delays(d) {
    var s = section('delays', 'Delays', 'Logarithmic bins (six per decade). Delivery: sent to delivered; open: delivered '
      + 'to first open; click: first open to first click.' + (d.delays.negative ? ' ' + int(d.delays.negative)
      + ' negative delays (events out of order) are left out.' : ''));
    var edges = d.delays.edgesSeconds;
    var labels = edges.map(function (e, i) { return i === 0 ? '<' + duration(edges[1]) : duration(e); });
    var ticks = [];
    edges.forEach(function (e, i) { if (i > 0 && (i - 1) % 6 === 0) { ticks.push(i); } });
    var grid = el('div', {'class': 'grid'});
    [['delivery', 'Delivery delay'], ['open', 'Open delay'], ['click', 'Click delay']].forEach(function (k) {
      var counts = d.delays[k[0]];
      grid.appendChild(el('div', {'class': 'panel', 'data-histogram': k[0]}, [
        el('h3', {}, [k[1] + ' (' + int(sum(counts)) + ' messages)']),
        bars(counts, labels, {ticks: ticks, width: 420, cls: 'histogram'})]));
    });
    s.appendChild(grid);
  }

  /** Cumulative shares over a logarithmic delay axis; series: [{name, color, values}], ranges: [{at, low, high, title}]. */
  function cumulative(seconds, series, ranges) {
    var w = 620, h = 220, left = 44, bottom = 22, top = 8, right = 8;
    var lo = Math.log10(seconds[0]), hi = Math.log10(seconds[seconds.length - 1]);
    function x(sec) { return left + (w - left - right) * (Math.log10(sec) - lo) / (hi - lo); }
    function y(share) { return h - bottom - (h - bottom - top) * share; }
    var s = sv('svg', {width: w, height: h, 'class': 'chart cumulative', role: 'img'});
    s.appendChild(sv('line', {x1: left, y1: h - bottom, x2: w - right, y2: h - bottom, 'class': 'axis'}));
    s.appendChild(sv('line', {x1: left, y1: top, x2: left, y2: h - bottom, 'class': 'axis'}));
    [0, 0.5, 1].forEach(function (v) {
      s.appendChild(sv('text', {x: left - 4, y: y(v) + 3, 'text-anchor': 'end'}, pct(v)));
    });
    [60, 600, 3600, 6 * 3600, 86400, 7 * 86400, 28 * 86400].forEach(function (sec) {
      if (sec >= seconds[0] && sec <= seconds[seconds.length - 1]) {
        s.appendChild(sv('text', {x: x(sec), y: h - 6, 'text-anchor': 'middle'}, duration(sec)));
      }
    });
    (ranges || []).forEach(function (r) {
      var rect = sv('rect', {x: x(r.at) - 3, y: y(r.high), width: 6, height: Math.max(y(r.low) - y(r.high), 1),
                             'class': 'target-range'});
      rect.appendChild(sv('title', {}, r.title));
      s.appendChild(rect);
    });
    series.forEach(function (ser) {
      if (!ser.values.length) { return; }
      var pts = ser.values.map(function (v, i) { return x(seconds[i]).toFixed(1) + ',' + y(v).toFixed(1); });
      var p = sv('polyline', {points: pts.join(' '), 'class': 'line', stroke: ser.color});
      p.appendChild(sv('title', {}, ser.name));
      s.appendChild(p);
    });
    return s;
  }

  function calibration(d) {
    var c = d.calibration;
    var byId = {};
    c.checks.forEach(function (k) { byId[k.id] = k; });
    var s = section('calibration', 'Beside the real world: calibration',
      'The statistics of this dataset beside published measurements of real email (docs/calibration.md; the '
      + 'calibrated profile is fitted to them, and verify checks them for it). Delays and rates are measured on '
      + 'messages delivered at least 14 days before the window ends; human opens are those not labelled '
      + 'metadata.machine_open. Red: outside the published range.'
      + (c.curvesSettled ? '' : ' No message was delivered 14 days before the end: the curves from delivery are '
      + 'drawn over all messages, so the end of the data cuts their tail short.'));
    var openRanges = [['open_within_1h', 3600], ['open_within_6h', 6 * 3600], ['open_within_24h', 86400],
                      ['open_within_7d', 7 * 86400]].filter(function (r) {
      return byId[r[0]] && byId[r[0]].low !== undefined && byId[r[0]].high !== undefined;
    }).map(function (r) {
      var k = byId[r[0]];
      return {at: r[1], low: k.low, high: k.high, title: k.statistic + ': published ' + k.range + ' (' + k.source + ')'};
    });
    var grid = el('div', {'class': 'grid'});
    grid.appendChild(el('div', {'class': 'panel', 'data-curve': 'from-delivery'}, [
      el('h3', {}, ['From delivery: human first opens and first clicks (cumulative share)']),
      legend([['first opens', BLUE], ['first clicks', ORANGE], ['published range of first opens', GREEN]]),
      cumulative(c.curveSeconds, [{name: 'first opens', color: BLUE, values: c.firstOpen},
                                  {name: 'first clicks', color: ORANGE, values: c.firstClick}], openRanges)]));
    var clickRange = byId.click_delay_median && byId.click_delay_median.high !== undefined
      ? [{at: byId.click_delay_median.high * 60, low: 0.5, high: 1,
          title: 'published: median ' + byId.click_delay_median.range + ' (' + byId.click_delay_median.source + ')'}] : [];
    grid.appendChild(el('div', {'class': 'panel', 'data-curve': 'open-to-click'}, [
      el('h3', {}, ['From the open a click follows to the click (cumulative share)']),
      legend([['clicks', ORANGE], ['published: half by then', GREEN]]),
      cumulative(c.curveSeconds, [{name: 'clicks', color: ORANGE, values: c.openToClick}], clickRange)]));
    s.appendChild(grid);
    s.appendChild(table(['statistic', 'published range', 'measured', 'result', 'source'], c.checks.map(function (k) {
      var shown = k.status === 'out-of-range' ? {text: k.measured, cls: 'off'}
        : k.status === 'not-measurable' ? {text: k.measured, cls: 'unmeasured'} : k.measured;
      return [k.statistic, k.range, shown, k.status.replace(/-/g, ' '), k.source];
    }), 9));
  }

  function eventsPerUser(d) {
    var u = d.eventsPerUser;
    var s = section('events-per-user', 'Events per user', u.users ? int(u.users) + ' users; min ' + int(u.min)
      + ', median ' + int(u.median) + ', max ' + int(u.max) + '.' : 'No recipient ids in the data.');
    if (!u.users) { return; }
    var labels = u.counts.map(function (c, i) { return int(u.min + i * u.binWidth); });
    var ticks = u.counts.map(function (c, i) { return i; }).filter(function (i) { return i % 5 === 0; });
    s.appendChild(bars(u.counts, labels, {ticks: ticks, width: 640, cls: 'histogram users'}));
  }

  function coverage(d) {
    var m = d.sendsByMinuteOfWeek, covered = m.filter(function (v) { return v > 0; }).length;
    var s = section('coverage', 'Minute-of-week coverage of sends', int(covered) + ' of 10,080 minutes of the week '
      + '(local time) have at least one send (' + pct(covered / 10080) + '); shown in 15-minute bins. An STO model '
      + 'can only learn about the times at which mail was delivered.');
    var bins = [];
    for (var i = 0; i < 10080; i += 15) { bins.push(sum(m.slice(i, i + 15))); }
    s.appendChild(weekGrid(bins, 96, 'sends', 'heatmap coverage', 13));
  }

  function fatigue(d) {
    var rates = [], labels = [];
    d.fatigueDelivered.forEach(function (n, i) {
      if (n > 0) {
        rates.push(d.fatigueOpened[i] / n);
        labels.push((i + 1) + (i === d.fatigueDelivered.length - 1 ? '+' : '') + ' (' + int(n) + ')');
      }
    });
    var s = section('fatigue', 'Fatigue: open rate by send of the day',
      'Unique open rate of delivered messages by how many sends the user had received that local day (1 = the '
      + 'first of the day; delivered messages in brackets). A flat profile means no fatigue; later sends of a day also '
      + 'land at later hours, so the send-time effect shapes this profile too.');
    if (rates.length) { s.appendChild(bars(rates, labels, {format: pct, width: 640, cls: 'fatigue'})); }
  }

  function seasonality(d) {
    var s = section('seasonality', 'Seasonality: events per calendar day', 'Local calendar days.');
    if (!d.days.length) { return; }
    var labels = d.days.map(function (x) { return x.date; });
    s.appendChild(legend([['sent', BLUE], ['opened', ORANGE], ['clicked', GREEN]]));
    s.appendChild(lines([
      {name: 'sent', color: BLUE, values: d.days.map(function (x) { return x.sent; })},
      {name: 'opened', color: ORANGE, values: d.days.map(function (x) { return x.opened; })},
      {name: 'clicked', color: GREEN, values: d.days.map(function (x) { return x.clicked; })}], labels));
  }

  function abTests(d) {
    if (!d.variants.length) { return; }
    var base = d.variants[0];
    var baseOpen = ratio(base.uniqueOpens, base.delivered), baseClick = ratio(base.uniqueClicks, base.delivered);
    var s = section('ab', 'A/B variants', 'Messages that carry a variant, pooled over campaigns; lift relative to variant '
      + base.name + '.');
    s.appendChild(table(['variant', 'sent', 'delivered', 'unique opens', 'open rate', 'open lift', 'unique clicks',
                         'click rate', 'click lift'], d.variants.map(function (v) {
      var o = ratio(v.uniqueOpens, v.delivered), c = ratio(v.uniqueClicks, v.delivered);
      function lift(x, b) { return isFinite(x / b) ? ((x / b - 1) * 100).toFixed(1) + '%' : '-'; }
      return [v.name, int(v.sent), int(v.delivered), int(v.uniqueOpens), pct(o), lift(o, baseOpen),
              int(v.uniqueClicks), pct(c), lift(c, baseClick)];
    }), 1));
  }

  function deliverability(d) {
    var kinds = ['bounced', 'marked_spam', 'unsubscribed'];
    if (!kinds.some(function (k) { return d.eventTypes[k]; })) { return; }
    var s = section('deliverability', 'Deliverability', 'Bounces by type: ' + Object.keys(d.bounceTypes).map(function (k) {
      return k + ' ' + int(d.bounceTypes[k]);
    }).join(', ') + '.');
    s.appendChild(table(['persona', 'sent', 'bounced', 'bounce rate', 'marked spam', 'unsubscribed'], d.personas.map(function (p) {
      var b = p.eventTypes.bounced || 0;
      return [p.name, int(p.sent), int(b), pct(ratio(b, p.sent)), int(p.eventTypes.marked_spam || 0),
              int(p.eventTypes.unsubscribed || 0)];
    }), 1));
  }

  function machineOpens(d) {
    if (!d.machineOpens) { return; }
    var s = section('machine-opens', 'Machine opens (Apple Mail Privacy Protection)', int(d.machineOpens) + ' of '
      + int(d.eventTypes.opened || 0) + ' opened events (' + pct(ratio(d.machineOpens, d.eventTypes.opened || 0))
      + ') were fetched by a privacy proxy, not a person.');
    s.appendChild(table(['persona', 'opened events', 'machine opens', 'share'], d.personas.map(function (p) {
      return [p.name, int(p.opened), int(p.machineOpens), pct(ratio(p.machineOpens, p.opened))];
    }), 1));
  }

  function timeZones(d) {
    var zones = Object.keys(d.eventsByTimeZone);
    if (!zones.length) { return; }
    var s = section('time-zones', 'Time zones', 'Events by metadata.time_zone; local times above use these zones.'
      + (d.unknownTimeZones ? ' ' + int(d.unknownTimeZones) + ' events named an unknown zone (read as UTC).' : ''));
    s.appendChild(table(['time zone', 'events'], zones.map(function (z) { return [z, int(d.eventsByTimeZone[z])]; }), 1));
  }

  var body = document.body;
  try {
    var d = JSON.parse(document.getElementById('report-data').textContent);
    [overview, funnel, heatmaps, delays, calibration, eventsPerUser, coverage, fatigue, seasonality, abTests, deliverability,
     machineOpens, timeZones].forEach(function (f) { f(d); });
    body.setAttribute('data-rendered', 'true');
  } catch (e) {
    body.setAttribute('data-rendered', 'error');
    body.setAttribute('data-render-error', String(e && e.stack || e));
    throw e;
  }
})();
