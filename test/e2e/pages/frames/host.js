// The cross-origin frame comes from the second server named in ?other=.
const other = new URLSearchParams(location.search).get('other');
if (other) document.getElementById('cross').src = `${other}/frames/inner.html`;
