// The Array dashboard: polls the swarm admin views and draws them. Every text goes in through textContent,
// never as HTML. The admin token, when the Array has one, comes from the page's #token=... fragment (never
// sent to a server, so never in a log) or from the form, and stays in this tab's sessionStorage.
"use strict";

const POLL_MILLIS = Number(new URLSearchParams(location.search).get("interval")) || 1000;
const state = { swarm: null, peer: null };
const drawn = new Map(); // what each part shows now, as JSON: a poll that changed nothing redraws nothing

function changed(part, value) {
  const json = JSON.stringify(value);
  if (drawn.get(part) === json) return false;
  drawn.set(part, json);
  return true;
}

(function takeTokenFromFragment() {
  const token = new URLSearchParams(location.hash.slice(1)).get("token");
  if (token) {
    sessionStorage.setItem("docloud-admin-token", token);
    history.replaceState(null, "", location.pathname + location.search);
  }
})();

document.getElementById("token-form").addEventListener("submit", event => {
  event.preventDefault();
  sessionStorage.setItem("docloud-admin-token", document.getElementById("token").value);
  document.getElementById("token-form").hidden = true;
  refresh();
});

async function admin(path) {
  const token = sessionStorage.getItem("docloud-admin-token");
  const response = await fetch(path, { headers: token ? { Authorization: "Bearer " + token } : {} });
  if (response.status === 401) {
    document.getElementById("token-form").hidden = false;
    throw new Error("the admin token is missing or wrong");
  }
  if (response.status === 404) {
    return null;
  }
  if (!response.ok) {
    throw new Error(path + " answered " + response.status);
  }
  return response.json();
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function drawSwarms(swarms) {
  const body = document.getElementById("swarms");
  body.replaceChildren(...swarms.map(swarm => {
    const row = element("tr", undefined, "swarm" + (swarm.ContentId === state.swarm ? " selected" : ""));
    row.dataset.content = swarm.ContentId;
    [swarm.ContentId, swarm.Peers, swarm.Seeds, swarm.LanPartitions, swarm.Groups, swarm.InternetPeers]
      .forEach(value => row.appendChild(element("td", String(value))));
    row.addEventListener("click", () => { state.swarm = swarm.ContentId; state.peer = null; refresh(); });
    return row;
  }));
}

function peerChip(peerId, peersById) {
  const peer = peersById.get(peerId);
  const seed = peer && peer.Left === 0;
  const chip = element("span", (seed ? "★ " : "") + peerId.slice(0, 8), "peer" + (seed ? " seed" : ""));
  chip.dataset.peer = peerId;
  chip.title = peer ? `${peerId}\nexternal ${peer.ExternalIp}, reported ${peer.ReportedIp || "-"}, mode ${peer.Scope}`
    + (peer.GroupId ? `, group ${peer.GroupId}` : "") : peerId;
  chip.addEventListener("mouseenter", () => selectPeer(peerId));
  chip.addEventListener("click", () => selectPeer(peerId));
  return chip;
}

function drawPartitions(target, partitions, label, peersById) {
  document.getElementById(target).replaceChildren(...partitions.map(partition => {
    const box = element("div", undefined, "partition");
    box.dataset.partition = partition.Key;
    box.appendChild(element("h4", label + " " + partition.Key + " (" + partition.PeerIds.length + ")"));
    partition.PeerIds.forEach(id => box.appendChild(peerChip(id, peersById)));
    return box;
  }));
}

function drawSwarm(view) {
  document.getElementById("swarm-title").textContent = view ? "Swarm " + view.ContentId : "No swarm selected";
  document.getElementById("efficiency").textContent =
    view && view.PeerEfficiency !== null ? (100 * view.PeerEfficiency).toFixed(1) + " %" : "–";
  const peersById = new Map((view ? view.Peers : []).map(peer => [peer.PeerId, peer]));
  drawPartitions("nats", view ? view.Nats : [], "NAT", peersById);
  drawPartitions("groups", view ? view.Groups : [], "Group", peersById);
  drawPartitions("internet", view && view.Internet.length ? [{ Key: "pool", PeerIds: view.Internet }] : [], "Internet", peersById);
}

function drawVisibility(visibility) {
  const verdicts = new Map((visibility ? visibility.Peers : []).map(verdict => [verdict.PeerId, verdict]));
  document.querySelectorAll(".peer[data-peer]").forEach(chip => {
    const verdict = verdicts.get(chip.dataset.peer);
    chip.classList.toggle("selected", chip.dataset.peer === state.peer);
    chip.classList.toggle("sees", !!verdict && verdict.Sees);
    chip.classList.toggle("unseen", !!verdict && !verdict.Sees);
  });
  document.getElementById("selected-peer").textContent = state.peer ? state.peer.slice(0, 8) : "(hover or click a peer)";
  document.getElementById("visibility").replaceChildren(...[...verdicts.values()].map(verdict => {
    const text = verdict.PeerId.slice(0, 8) + ": " + (verdict.Sees ? verdict.Relation : "not handed") + ", "
      + verdict.Explanation + (verdict.Remedy ? ". Remedy: " + verdict.Remedy : "");
    const item = element("li", text, verdict.Sees ? "sees" : "unseen");
    item.dataset.peer = verdict.PeerId;
    item.dataset.reason = verdict.Reason;
    return item;
  }));
}

async function selectPeer(peerId) {
  state.peer = peerId;
  await drawSelectedPeer();
}

async function drawSelectedPeer() {
  const visibility = state.swarm && state.peer ? await admin(`/admin/swarms/${encodeURIComponent(state.swarm)}/visibility?a=${state.peer}`) : null;
  if (!visibility) state.peer = null;
  if (changed("visibility", [state.peer, visibility])) drawVisibility(visibility);
}

async function refresh() {
  try {
    const swarms = await admin("/admin/swarms");
    if (!swarms.some(swarm => swarm.ContentId === state.swarm)) {
      state.swarm = swarms.length ? swarms[0].ContentId : null;
      state.peer = null;
    }
    if (changed("swarms", [state.swarm, swarms])) drawSwarms(swarms);
    const view = state.swarm ? await admin(`/admin/swarms/${encodeURIComponent(state.swarm)}/partitions`) : null;
    if (changed("swarm", view)) {
      drawSwarm(view);
      drawn.delete("visibility"); // new chips: mark them again
    }
    await drawSelectedPeer();
    document.getElementById("status").textContent = "live, updated " + new Date().toLocaleTimeString();
  } catch (error) {
    document.getElementById("status").textContent = "not updated: " + error.message;
  }
}

refresh();
setInterval(refresh, POLL_MILLIS);
